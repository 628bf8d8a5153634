// Single-file components, as @vitejs/plugin-vue compiles them, for the repository's tsc.
declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent;
  export default component;
}
