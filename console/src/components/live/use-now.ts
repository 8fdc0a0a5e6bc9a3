import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';

/** The current time, ticking while the component is mounted (for "12 s ago" labels). */
export function useNow(everyMs = 1000): Ref<number> {
  const now = ref(Date.now());
  let timer: ReturnType<typeof setInterval> | undefined;
  onMounted(() => {
    timer = setInterval(() => {
      now.value = Date.now();
    }, everyMs);
  });
  onBeforeUnmount(() => clearInterval(timer));
  return now;
}
