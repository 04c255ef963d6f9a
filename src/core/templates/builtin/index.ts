import { templateSchema, type Template } from "../template.schema";
import { congDanHocTap } from "./cong-dan-hoc-tap";
import { congDongHocTapThon } from "./cong-dong-hoc-tap-thon";
import { donViHocTap } from "./don-vi-hoc-tap";
import { donViHocTapTt24 } from "./don-vi-hoc-tap-tt24";
import { congDongXaTt25 } from "./cong-dong-xa-tt25";
import { congDongXaTt25Bang } from "./cong-dong-xa-tt25-bang";
import { dongHoHocTap } from "./dong-ho-hoc-tap";
import { giaDinhHocTap } from "./gia-dinh-hoc-tap";
import { tongHopMoHinh } from "./tong-hop-mo-hinh";

export { groupFieldId } from "./tong-hop-mo-hinh";

/** The built-in templates of templates.md (with the TT 24 unit checklist and the TT 25 commune self-assessment, one row per commune and one table per commune), validated once at load. */
export const BUILTIN_TEMPLATES: readonly Template[] = [
  tongHopMoHinh,
  congDanHocTap,
  giaDinhHocTap,
  dongHoHocTap,
  congDongHocTapThon,
  donViHocTap,
  donViHocTapTt24,
  congDongXaTt25,
  congDongXaTt25Bang,
].map((t) => templateSchema.parse(t));

/** The built-in template with this id, or undefined. */
export function builtinTemplate(id: string): Template | undefined {
  return BUILTIN_TEMPLATES.find((t) => t.id === id);
}
