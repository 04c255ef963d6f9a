import type { Outcome } from "../../criteria";
import { textKey } from "../../cells";

/** A written result as read: an outcome, or "pass" for a plain "Đạt" that any passing outcome agrees with. */
export type Written = Outcome | "pass";

/**
 * Reads a written result ("Đạt", "Không đạt", "Mức độ 1", "Tốt", "Khá", "TB") as an outcome; a trailing note in
 * brackets such as "(chưa xác nhận)" is ignored; null when unreadable.
 */
export function readWrittenResult(text: string): Written | null {
  const k = textKey(text.replace(/\s*\([^()]*\)\s*$/, ""));
  if (/^(khong dat|chua dat|kd|khong)$/.test(k)) return "not-met";
  if (/^(dat|d|co|cong nhan|de nghi cong nhan)$/.test(k)) return "pass";
  if (/^(muc( do)? ?1|md ?1|dat muc( do)? ?1)$/.test(k)) return "level-1";
  if (/^(muc( do)? ?2|md ?2|dat muc( do)? ?2)$/.test(k)) return "level-2";
  if (/^(tot|xuat sac)$/.test(k)) return "good";
  if (/^kha$/.test(k)) return "fair";
  if (/^(trung binh|tb)$/.test(k)) return "average";
  return null;
}

/** True when what the officer wrote says the same as the computed outcome. */
export function agrees(written: Written, computed: Outcome): boolean {
  const passing = computed === "met" || computed === "level-1" || computed === "level-2" || computed === "good" || computed === "fair" || computed === "average";
  if (written === "pass") return passing;
  if (written === "not-met") return computed === "not-met" || computed === "fail";
  return written === computed;
}
