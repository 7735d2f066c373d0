// Vue 3 must be told that <sspr-code-help> is a custom element, not a Vue component. With
// single-file components, say it once in vite.config.ts instead:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('sspr-') } } })
// This example compiles its template at run time (the full build of Vue), so it sets
// app.config.compilerOptions.isCustomElement.
import { createApp, ref } from 'vue';
import type { StepEventDetail } from 'sspr-code-help';
import 'sspr-code-help/define';

const app = createApp({
  setup() {
    const step = ref('');
    const onStep = (event: CustomEvent<StepEventDetail>) => {
      step.value = event.detail.step;
    };
    return { step, onStep, phoneHint: '•••• 1234' };
  },
  template: `
    <sspr-code-help
      channel="sms"
      :phone-hint="phoneHint"
      support-email="helpdesk@example.com"
      @sspr-step="onStep"
    ></sspr-code-help>
    <p>Step: <output id="step">{{ step }}</output></p>
  `,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('sspr-');
app.mount('#app');
