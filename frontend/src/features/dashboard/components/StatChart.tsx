import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { clickedLink } from '../lib/charts';

// only what the dashboard draws, so the chunk stays small
echarts.use([
  PieChart,
  BarChart,
  LineChart,
  AriaComponent,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  SVGRenderer,
]);

/**
 * One chart of the dashboard (Apache ECharts). Each item carries the link of the tasks behind it;
 * clicking it calls `onOpen` with that link.
 */
export default function StatChart({
  option,
  label,
  onOpen,
  height = 300,
  testId,
}: {
  option: echarts.EChartsCoreOption;
  label: string;
  onOpen: (link: string) => void;
  height?: number;
  testId?: string;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const open = useRef(onOpen);
  useEffect(() => {
    open.current = onOpen;
  }, [onOpen]);
  const optionJson = JSON.stringify(option);

  // one chart per element, resized with it and disposed with it
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => {
      const link = clickedLink(params);
      if (link) open.current(link);
    });
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    // functions (formatters) do not survive JSON: pass the option itself, keyed by its JSON
    chart.current?.setOption(option, { notMerge: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [optionJson]);

  return (
    <div role="img" aria-label={label} data-testid={testId}>
      <div ref={element} style={{ height, width: '100%', cursor: 'pointer' }} />
    </div>
  );
}
