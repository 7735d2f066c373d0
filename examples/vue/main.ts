// Vue 3 must be told that <sspr-code-help> is a custom element, not a Vue component: with
// single-file components, once in vite.config.ts (test/package/examples-server.mjs does the same):
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sspr-') } } })
// `sspr-code-help/vue` types the tag in templates for vue-tsc (GlobalComponents).
import { createApp } from 'vue';
import 'sspr-code-help/define';
import type {} from 'sspr-code-help/vue';
import App from './App.vue';

createApp(App, { phoneHint: '•••• 1234' }).mount('#app');
