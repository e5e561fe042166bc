import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { PieChart } from 'echarts/charts';
import { AriaComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { useTranslation } from 'react-i18next';
import { boardChartOption, type BoardCounts } from '../lib/board';

// only what the donut needs, so the chunk stays small
echarts.use([PieChart, AriaComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The donut of the board: units that submitted on time, late, or not at all (Apache ECharts). */
export default function BoardChart({ counts }: { counts: BoardCounts }) {
  const { t } = useTranslation('reports');
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | undefined>(undefined);
  const label = t('board.chartLabel', { ...counts });
  const labels = {
    SUBMITTED_ON_TIME: t('submission.SUBMITTED_ON_TIME'),
    SUBMITTED_LATE: t('submission.SUBMITTED_LATE'),
    NOT_SUBMITTED: t('submission.NOT_SUBMITTED'),
  };
  const option = boardChartOption(counts, labels, label);
  const optionJson = JSON.stringify(option);

  // one chart per element, resized with it and disposed with it
  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = undefined;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(JSON.parse(optionJson), { notMerge: true });
  }, [optionJson]);

  return (
    <div role="img" aria-label={label} data-testid="board-chart">
      <div ref={element} style={{ height: 280, width: '100%' }} />
    </div>
  );
}
