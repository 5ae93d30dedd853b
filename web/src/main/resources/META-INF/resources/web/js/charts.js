// Apache ECharts, served by the platform itself (the org.mvnpm:echarts jar in the gateway).
import * as echarts from '/_static/echarts/6.0.0/dist/echarts.esm.min.js';
import { h } from './ui.js';

/** ECharts' description of a chart's data for screen readers, in Chinese. */
const ARIA = (label) => ({
  enabled: true,
  label: {
    enabled: true,
    general: { withTitle: `${label}。`, withoutTitle: `${label}。` },
    series: {
      maxCount: 5,
      single: { prefix: '', withName: '{seriesName}：', withoutName: '' },
      multiple: { prefix: '共{seriesCount}组数据。', withName: '{seriesName}：', withoutName: '', separator: { middle: '；', end: '。' } },
    },
    data: {
      maxCount: 40, allData: '', partialData: '前{displayCnt}项：',
      withName: '{name} {value}', withoutName: '{value}', separator: { middle: '，', end: '' },
    },
  },
});

/**
 * A chart in a box of its own; `label` describes it for screen readers (with ECharts' own aria
 * description of the data). It is drawn once the box is on the page and has a size (a view builds
 * its parts before showing them), and redrawn when the box changes size (a window resized, a
 * tablet turned).
 *
 * With `onClick`, each bar of the first series also gets a real button laid over it, in the tab
 * order, named by `barLabel(dataIndex)`: a keyboard user tabs from bar to bar (the tooltip follows
 * the focus) and opens one with Enter or Space, as a click on the bar does.
 */
export function chart(label, option, onClick, barLabel) {
  const canvas = h('div', { class: 'chart-canvas', role: 'img' }); // ECharts writes its description of the data on it
  const keys = h('div', { class: 'chart-keys' });
  const box = h('div', { class: 'chart', role: 'group', 'aria-label': label }, canvas, keys);
  let instance;

  const placeKeys = () => {
    if (!onClick || !instance) return;
    const data = option.series?.[0]?.data || [];
    const centres = data.map((value, i) => instance.convertToPixel({ seriesIndex: 0 }, [i, value ?? 0]));
    const zero = data.map((value, i) => instance.convertToPixel({ seriesIndex: 0 }, [i, 0]));
    const step = data.length > 1 ? Math.abs(centres[1][0] - centres[0][0]) : canvas.clientWidth / 2;
    const width = Math.max(12, step * 0.7);
    if (keys.childElementCount !== data.length) {
      keys.replaceChildren(...data.map((value, i) => {
        const button = h('button', { type: 'button', class: 'bar-key', 'aria-label': barLabel ? barLabel(i) : `第${i + 1}项` });
        button.addEventListener('click', () => onClick({ dataIndex: i, value }));
        button.addEventListener('focus', () => {
          instance?.dispatchAction({ type: 'highlight', seriesIndex: 0, dataIndex: i });
          instance?.dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: i });
        });
        button.addEventListener('blur', () => {
          instance?.dispatchAction({ type: 'downplay', seriesIndex: 0, dataIndex: i });
          instance?.dispatchAction({ type: 'hideTip' });
        });
        return button;
      }));
    }
    [...keys.children].forEach((button, i) => {
      const height = Math.max(16, Math.abs(zero[i][1] - centres[i][1]));
      Object.assign(button.style, {
        left: `${centres[i][0] - width / 2}px`, top: `${zero[i][1] - height}px`, width: `${width}px`, height: `${height}px`,
      });
    });
  };

  const observer = new ResizeObserver(() => {
    if (!box.isConnected) {
      if (instance) { // the view was left: its chart goes with it
        observer.disconnect();
        instance.dispose();
      }
      return;
    }
    if (canvas.clientWidth === 0 || canvas.clientHeight === 0) return;
    if (instance) {
      instance.resize();
      placeKeys();
      return;
    }
    instance = echarts.init(canvas, null, { renderer: 'canvas' });
    instance.setOption({
      animation: false, textStyle: { fontFamily: 'inherit' }, aria: ARIA(label),
      ...option,
    });
    if (onClick) instance.on('click', onClick);
    placeKeys();
  });
  observer.observe(canvas);
  return box;
}
