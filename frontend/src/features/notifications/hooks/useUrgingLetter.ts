import { useMutation } from '@tanstack/react-query';
import { useApiClient } from '../../../api/ApiContext';
import { unwrap } from '../../../api/client';
import { saveBlob } from '../../reports/lib/upload';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface UrgingLetterOptions {
  number?: string;
  symbol?: string;
  directiveId?: number;
  signerAuthority?: string;
  signerTitle?: string;
  signerName?: string;
  responseWorkingDays?: number;
}

/** The file name the server gives (Content-Disposition), or a name of our own. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  if (disposition) {
    const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
    if (encoded) {
      try {
        return decodeURIComponent(encoded[1].trim());
      } catch {
        // a broken encoding: try the plain name
      }
    }
    const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
    if (plain) return plain[1].trim();
  }
  return fallback;
}

/** Only the options that were filled in go into the query. */
function query(options: UrgingLetterOptions) {
  return Object.fromEntries(
    Object.entries(options)
      .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value])
      .filter(([, value]) => value !== undefined && value !== null && value !== ''),
  ) as UrgingLetterOptions;
}

/**
 * Downloads the urging letter (.docx) of a unit's overdue tasks with the bearer token of the API
 * client, and saves it. Fails with the server's problem (422 when nothing is overdue).
 */
export function useUrgingLetter() {
  const client = useApiClient();
  return useMutation<
    string,
    unknown,
    { unitId: number; unitCode?: string; options: UrgingLetterOptions }
  >({
    mutationFn: async ({ unitId, unitCode, options }) => {
      const result = await client.GET('/api/v1/units/{id}/urging-letter', {
        params: { path: { id: unitId }, query: query(options) },
        headers: { Accept: `${DOCX}, application/problem+json` },
        parseAs: 'blob',
      });
      const blob = unwrap(result) as unknown as Blob;
      const name = fileNameOf(
        result.response.headers.get('Content-Disposition'),
        `cong-van-don-doc-${unitCode ?? unitId}.docx`,
      );
      saveBlob(blob, name);
      return name;
    },
  });
}
