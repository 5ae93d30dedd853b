// Apache ECharts, served by the platform itself (the org.mvnpm:echarts jar in the gateway).
import * as echarts from '/_static/echarts/6.0.0/dist/echarts.esm.min.js';
import { h } from './ui.js';

/**
 * A chart in a box of its own; `label` describes it for screen readers. It is drawn once the box
 * is on the page and has a size (a view builds its parts before showing them), and redrawn when
 * the box changes size (a window resized, a tablet turned).
 */
export function chart(label, option, onClick) {
  const box = h('div', { class: 'chart', role: 'img', 'aria-label': label });
  let instance;
  const observer = new ResizeObserver(() => {
    if (!box.isConnected) {
      if (instance) { // the view was left: its chart goes with it
        observer.disconnect();
        instance.dispose();
      }
      return;
    }
    if (box.clientWidth === 0 || box.clientHeight === 0) return;
    if (instance) {
      instance.resize();
      return;
    }
    instance = echarts.init(box, null, { renderer: 'canvas' });
    instance.setOption({ animation: false, textStyle: { fontFamily: 'inherit' }, ...option });
    if (onClick) instance.on('click', onClick);
  });
  observer.observe(box);
  return box;
}
