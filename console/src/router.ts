import { createRouter, createWebHistory } from 'vue-router';
import { getApiKey, takeKeyFromFragment } from './api/auth';

export const router = createRouter({
  history: createWebHistory(),
  routes: [
    { path: '/', name: 'studies', component: () => import('./pages/StudiesPage.vue') },
    {
      path: '/studies/:id',
      name: 'study',
      component: () => import('./pages/StudyPage.vue'),
      props: (route) => ({ id: route.params.id, initialWave: typeof route.query.wave === 'string' ? route.query.wave : undefined }),
    },
    { path: '/studies/:id/guides', name: 'guides', component: () => import('./pages/GuideEditorPage.vue'), props: true },
    { path: '/studies/:id/fielding', name: 'fielding', component: () => import('./pages/FieldingPage.vue'), props: true },
    { path: '/studies/:id/live', name: 'monitor', component: () => import('./pages/MonitorPage.vue'), props: true },
    { path: '/studies/:id/escalations', name: 'escalations', component: () => import('./pages/EscalationsPage.vue'), props: true },
    { path: '/studies/:id/segments', name: 'segments', component: () => import('./pages/SegmentsPage.vue'), props: true },
    { path: '/studies/:id/themes', name: 'themes', component: () => import('./pages/ThemesPage.vue'), props: true },
    { path: '/studies/:id/findings', name: 'findings', component: () => import('./pages/FindingsPage.vue'), props: true },
    { path: '/studies/:id/trends', name: 'trends', component: () => import('./pages/TrendsPage.vue'), props: true },
    { path: '/studies/:id/summary', name: 'summary', component: () => import('./pages/SummaryPage.vue'), props: true },
    { path: '/studies/:id/report', name: 'report', component: () => import('./pages/ReportPage.vue'), props: true },
    { path: '/studies/:id/alerts', name: 'alerts', component: () => import('./pages/AlertsPage.vue'), props: true },
    {
      path: '/studies/:id/interviews/:sessionId',
      name: 'transcript',
      component: () => import('./pages/TranscriptPage.vue'),
      props: (route) => ({ ...route.params, turn: typeof route.query.turn === 'string' ? route.query.turn : undefined }),
    },
    { path: '/workspace', name: 'workspace', component: () => import('./pages/WorkspacePage.vue') },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    { path: '/i/:token', name: 'chat', component: () => import('./pages/ChatPage.vue'), props: true, meta: { public: true, bare: true } },
  ],
});

router.beforeEach((to) => {
  if (takeKeyFromFragment() && to.name === 'login') return { name: 'studies' };
  if (!to.meta.public && !getApiKey()) return { name: 'login', query: { next: to.fullPath } };
  return true;
});
