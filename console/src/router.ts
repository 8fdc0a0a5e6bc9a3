import { createRouter, createWebHistory } from 'vue-router';
import { takeKeyFromFragment } from './api/auth';
import { forgetPrincipal, loadPrincipal } from './api/principal';

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
    { path: '/studies/:id/agreement', name: 'agreement', component: () => import('./pages/AgreementPage.vue'), props: true },
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
    // The magic-link emails and the API's refusal page send people to /sign-in; /login#key= links still sign in with a key.
    { path: '/sign-in', name: 'sign-in', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    { path: '/login', name: 'login', component: () => import('./pages/LoginPage.vue'), meta: { public: true } },
    {
      path: '/i/:token',
      name: 'chat',
      component: () => import('./pages/ChatPage.vue'),
      // ?embed=1: inside a partner's page (console/public/embed.js); its server sets frame-ancestors from the partner origins.
      props: (route) => ({ token: route.params.token, embed: route.query.embed === '1' }),
      meta: { public: true, bare: true },
    },
  ],
});

const signInPage = (name: unknown) => name === 'login' || name === 'sign-in';

// Signed in means `me` answers: with the stored key, or else with the session cookie.
router.beforeEach(async (to) => {
  if (takeKeyFromFragment()) {
    forgetPrincipal();
    if (signInPage(to.name)) return { name: 'studies' };
  }
  if (to.meta.public) return true;
  const me = await loadPrincipal().catch(() => undefined);
  if (me === null) return { name: 'sign-in', query: { next: to.fullPath } };
  return true;
});
