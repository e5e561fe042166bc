import { Steps } from 'antd';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Directive } from '../../../api/types';
import { directiveIssued, directiveLabel } from '../labels';

/** Nghị quyết 08-NQ/TU → Kết luận 57-KL/TU → Chương trình hành động: root first. */
export function DirectiveChain({ chain, currentId }: { chain: Directive[]; currentId: number }) {
  const { t } = useTranslation();
  const current = Math.max(
    0,
    chain.findIndex((d) => d.id === currentId),
  );
  return (
    <Steps
      size="small"
      current={current}
      data-testid="directive-chain"
      items={chain.map((d) => ({
        key: d.id,
        title:
          d.id === currentId ? (
            <span data-testid="chain-step" data-kind={d.kind}>
              {directiveLabel(d, t)}
            </span>
          ) : (
            <Link to={`/directives/${d.id}`} data-testid="chain-step" data-kind={d.kind}>
              {directiveLabel(d, t)}
            </Link>
          ),
        content: (
          <span style={{ fontSize: 12 }}>
            {[d.issuingBody, directiveIssued(d, t)].filter(Boolean).join('. ')}
          </span>
        ),
        status: d.id === currentId ? 'process' : 'finish',
      }))}
    />
  );
}
