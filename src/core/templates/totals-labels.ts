/**
 * The labels of a totals row seen in real reports, as patterns on the plain key (lower case, no diacritics): "Tổng
 * cộng", "Tổng cộng toàn tỉnh/huyện/xã", "Cộng", "Cộng toàn …", "Toàn tỉnh", "Tổng", "Tổng số", "TỔNG CỘNG", with or
 * without the unit's name after them ("Tổng cộng toàn tỉnh Lào Cai", "Cộng toàn huyện Văn Yên").
 */
export const TOTALS_LABELS: readonly string[] = [
  "^tong cong( toan (tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran))?( .+)?$",
  "^cong toan (tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran)( .+)?$",
  "^toan (tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran)( .+)?$",
  "^(tong|tong so|cong|chung|tong hop chung|tong cong chung)$",
];
