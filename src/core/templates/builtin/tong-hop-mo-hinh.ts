import type { TemplateInput } from "../template.schema";
import { noteField, ordinalField } from "./common-fields";

/** A whole word of a key (JavaScript's \b does not see "đ" as a letter, so word edges are spaces). */
const word = (w: string) => `(^| )${w}( |$)`;

/**
 * The learning-model groups of the summary form, with the header text that names them: full names, abbreviations
 * (GĐHT/GDHT, DHHT, CĐHT, ĐVHT/DVHT), the ambiguous "CDHT" typed without marks (Công dân or Cộng đồng học tập, decided
 * by the other headers or asked), and the unit each model counts ("hộ", "dòng họ", "thôn", "xã", "người").
 */
const GROUPS: TemplateInput["groups"] = [
  {
    id: "gia-dinh",
    label: "Gia đình học tập",
    titleId: "gia-dinh",
    patterns: ["gia dinh hoc tap", "ho gia dinh hoc tap"],
    abbreviations: [word("gđht"), word("gdht")],
    unitWords: ["(^| )so (ho|gia dinh)( |$)", "(^| )(?<!dong )ho$"],
  },
  { id: "dong-ho", label: "Dòng họ học tập", titleId: "dong-ho", patterns: ["dong ho hoc tap"], abbreviations: [word("dhht")], unitWords: ["(^| )so dong ho( |$)", "(^| )dong ho$"] },
  {
    id: "cong-dong-xa",
    label: "Cộng đồng học tập cấp xã",
    titleId: "cong-dong-xa",
    patterns: ["cong dong hoc tap (cap )?(xa|phuong|xa phuong)\\b"],
    abbreviations: ["(^| )cđht (cap )?xa( |$)"],
    unitWords: ["(^| )so (xa|phuong|xa phuong)( |$)"],
  },
  {
    id: "cong-dong-thon",
    label: "Cộng đồng học tập thôn, tổ dân phố",
    titleId: "cong-dong-thon",
    patterns: ["cong dong hoc tap( cap)? (thon|ban|to dan pho|khu dan cu)", "(thon|ban),? (ban,? )?to dan pho hoc tap", "cong dong hoc tap"],
    abbreviations: [word("cđht")],
    weakAbbreviations: [word("cdht")],
    unitWords: ["(^| )so (thon|ban|to dan pho|tdp|khu dan cu)( |$)", "(^| )(thon|tdp)$"],
  },
  {
    id: "don-vi-co-so",
    label: "Đơn vị học tập",
    titleId: "don-vi-co-so",
    patterns: ["don vi hoc tap"],
    abbreviations: [word("đvht"), word("dvht")],
    unitWords: ["(^| )so (don vi|co quan|truong hoc)( |$)"],
  },
  {
    id: "cong-dan",
    label: "Công dân học tập",
    titleId: "cong-dan",
    patterns: ["cong dan hoc tap"],
    weakAbbreviations: [word("cdht")],
    unitWords: ["(^| )so (nguoi|cong dan|nhan khau)( |$)", "(^| )(nguoi|cong dan)$"],
  },
];

/** Leaf headers under a group, in the order they are tried (the most specific first). */
const ROLES = [
  { role: "registered-rate", label: "Tỷ lệ đăng ký", patterns: ["(ty|ti) le (so )?(dang ky|dang ki)"] },
  { role: "rate", label: "Tỷ lệ %", patterns: ["(ty|ti) le", "^%$", "\\bphan tram\\b"] },
  { role: "recognised", label: "Công nhận", patterns: ["cong nhan", "(^| )dat( |$)", "duoc cong nhan"] },
  { role: "registered", label: "Đăng ký", patterns: ["dang (ky|ki)"] },
  { role: "total", label: "Tổng số", patterns: ["tong( so)?", "^so (ho|dong ho|thon|ban|to dan pho|don vi|co quan|truong hoc|xa|phuong|nguoi|cong dan|gia dinh)", "^(so luong|hien co)"] },
] as const;

/** Field id of a group column ("gia-dinh.total"). */
export function groupFieldId(group: string, role: string): string {
  return `${group}.${role}`;
}

/** Biểu tổng hợp kết quả xây dựng các mô hình học tập (templates.md, `tong-hop-mo-hinh`). */
export const tongHopMoHinh: TemplateInput = {
  id: "tong-hop-mo-hinh",
  title: "Biểu tổng hợp kết quả xây dựng các mô hình học tập",
  titlePatterns: ["tong hop", "mo hinh hoc tap", "xay dung xa hoi hoc tap"],
  rowKind: "unit",
  nameField: "unit-name",
  minFields: 4,
  groups: GROUPS,
  fields: [
    ordinalField,
    {
      id: "unit-name",
      label: "Tên đơn vị",
      patterns: [
        "^(ten )?(don vi|dia ban|don vi hanh chinh|co so)( bao cao)?$",
        "^ten (thon|xa|huyen|don vi|dia phuong|xa phuong|thon to dan pho)",
        "^(thon|xa|huyen)[ ,/]*(ban|phuong|to dan pho|thi tran|thi xa|thanh pho)",
        "^(xa|phuong|thi tran|huyen|thon)$",
      ],
      type: "text",
      required: true,
    },
    { id: "unit-code", label: "Mã đơn vị", patterns: ["^ma( don vi| dvhc| xa| so)?$"], type: "code" },
    noteField,
    ...GROUPS.flatMap((g) =>
      ROLES.map((r) => ({
        id: groupFieldId(g.id, r.role),
        label: `${g.label} — ${r.label}`,
        patterns: [...r.patterns],
        type: r.role === "rate" || r.role === "registered-rate" ? ("rate" as const) : ("count" as const),
        group: g.id,
        role: r.role,
      })),
    ),
  ],
};
