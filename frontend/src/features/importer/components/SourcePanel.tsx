import { useEffect, useRef } from 'react';
import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface Props {
  lines: string[];
  /** 1-based, inclusive */
  from?: number;
  to?: number;
}

/** The document's paragraphs with their numbers; the selected task's lines are highlighted and scrolled to. */
export function SourcePanel({ lines, from, to }: Props) {
  const { t } = useTranslation('importer');
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (from === undefined) return;
    const first = box.current?.querySelector<HTMLElement>(`[data-line="${from}"]`);
    first?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
  }, [from]);
  return (
    <Card size="small" title={t('draft.source')} styles={{ body: { padding: 0 } }}>
      <div
        ref={box}
        data-testid="source-lines"
        style={{ maxHeight: '70vh', overflow: 'auto', fontSize: 13 }}
      >
        {lines.map((text, index) => {
          const line = index + 1;
          const highlighted = from !== undefined && to !== undefined && line >= from && line <= to;
          return (
            <div
              key={line}
              data-line={line}
              data-testid="source-line"
              data-highlighted={highlighted ? 'true' : undefined}
              style={{
                display: 'flex',
                gap: 8,
                padding: '1px 8px',
                background: highlighted ? '#fff7e6' : undefined,
                borderLeft: highlighted ? '3px solid #fa8c16' : '3px solid transparent',
              }}
            >
              <Typography.Text
                type="secondary"
                style={{ minWidth: 32, textAlign: 'right', userSelect: 'none' }}
              >
                {line}
              </Typography.Text>
              <span style={{ whiteSpace: 'pre-wrap' }}>{text || '\u00a0'}</span>
            </div>
          );
        })}
      </div>
    </Card>
  );
}
