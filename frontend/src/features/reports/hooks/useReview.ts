import { useMutation } from '@tanstack/react-query';
import type { ReportReturn, ReportReview } from '../types';

export type ReviewDecision = 'accept' | 'return';

/** A coordinator's decision on a submitted report, with the version they read. */
export interface ReviewInput {
  id: number;
  decision: ReviewDecision;
  comment: string;
  version: number;
}

/** The two review calls of one kind of report (progress or periodic). */
export interface ReviewCalls<R> {
  accept: (id: number, body: ReportReview) => Promise<R>;
  return: (id: number, body: ReportReturn) => Promise<R>;
  /** the reviewed report: into the cache, and what it changed invalidated */
  onReviewed: (report: R) => void;
}

/**
 * Accepts ("Tiếp nhận") or returns ("Trả lại") a submitted report. The comment is optional
 * when accepting and required when returning (the panel checks it); a stale version is a 409.
 */
export function useReviewMutation<R>(calls: ReviewCalls<R>) {
  return useMutation<R, Error, ReviewInput>({
    mutationFn: ({ id, decision, comment, version }) =>
      decision === 'accept'
        ? calls.accept(id, { comment: comment.trim() || undefined, version })
        : calls.return(id, { comment: comment.trim(), version }),
    onSuccess: (report) => calls.onReviewed(report),
  });
}
