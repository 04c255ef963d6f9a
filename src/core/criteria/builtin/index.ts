import type { CriteriaSet } from "../criteria-set.schema";
import { congDan244, congDan324 } from "./cong-dan";
import { congDongHuyenTt25, congDongTinhTt25, congDongXaTt25, congDongXaTt44 } from "./cong-dong-tt25";
import { donViCoSo448, donViHuyenTt22, donViTinhTt22 } from "./don-vi-tt22";
import { donViHuyenTt24, donViTinhTt24 } from "./don-vi-tt24";
import { giaDinh448 } from "./gia-dinh";
import { congDongThon448, dongHo448 } from "./share-titles";

/** The criteria sets built into the product, one or more per title of criteria.md (bộ tiêu chí có sẵn). */
export const BUILTIN_SETS: readonly CriteriaSet[] = [
  congDan244,
  congDan324,
  giaDinh448,
  dongHo448,
  congDongThon448,
  donViCoSo448,
  donViHuyenTt22,
  donViTinhTt22,
  donViHuyenTt24,
  donViTinhTt24,
  congDongXaTt44,
  congDongXaTt25,
  congDongHuyenTt25,
  congDongTinhTt25,
];
