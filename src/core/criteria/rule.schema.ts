import { z } from "zod";
import { confidenceSchema, localIdSchema, percentThresholdSchema, thresholdSchema } from "./threshold.schema";

/** Schema of one scored item (chỉ số, mục chấm điểm) with its maximum and optional minimum. */
export const pointsItemSchema = z.strictObject({
  id: localIdSchema,
  /** Short code shown in one-line results ("CS3", "TC1"). */
  short: z.string().min(1).optional(),
  label: z.string().min(1),
  max: thresholdSchema,
  min: thresholdSchema.optional(),
});

/** Schema of a group of items (nhóm, tiêu chí) with a group maximum and optional minimum. */
export const pointsGroupSchema = z.strictObject({
  id: localIdSchema,
  short: z.string().min(1).optional(),
  label: z.string().min(1),
  max: thresholdSchema,
  min: thresholdSchema.optional(),
  /** True when the group's points may be entered as one number instead of item by item. */
  acceptsTotal: z.boolean().optional(),
  items: z.array(pointsItemSchema),
});

/** Schema of a band of Thông tư 22/2020 (xếp loại) with its lower bound; below the lowest band is "fail". */
export const bandSchema = z.strictObject({
  outcome: z.enum(["good", "fair", "average"]),
  label: z.string().min(1),
  min: thresholdSchema,
});

/** Schema of a points rule (chấm điểm): groups of items, a total, optional bands. */
export const pointsRuleSchema = z.strictObject({
  kind: z.literal("points"),
  groups: z.array(pointsGroupSchema).min(1),
  total: z.strictObject({ max: thresholdSchema, min: thresholdSchema.optional() }),
  bands: z.array(bandSchema).optional(),
});

/** The outcomes a checklist level can give: Mức độ 1, Mức độ 2, or plain "Đạt" for one-level lists. */
export const LEVEL_OUTCOMES = ["level-1", "level-2", "met"] as const;

/** Schema of a checklist level outcome. */
export const levelOutcomeSchema = z.enum(LEVEL_OUTCOMES);

/**
 * Kinds of learning unit an item may be limited to (loại đơn vị), as Thông tư 24/2023 words its items: State bodies
 * (cơ quan nhà nước), education institutions (cơ sở giáo dục), enterprises, other units.
 */
export const UNIT_KINDS = ["state-body", "education", "enterprise", "other"] as const;

/** Schema of a unit kind. */
export const unitKindSchema = z.enum(UNIT_KINDS);

/** A unit kind. */
export type UnitKind = z.infer<typeof unitKindSchema>;

/** Schema of a yes/no item (chỉ số Có/Không), required from a level on. */
export const yesNoItemSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  type: z.literal("yes-no"),
  /** The lowest level that requires the item. */
  from: levelOutcomeSchema,
  confidence: confidenceSchema,
  /**
   * The unit kinds the item applies to, when not all: for a unit of another kind it is not applicable; for a unit
   * whose kind is not known, a blank is missing data (never a guessed "not applicable").
   */
  appliesTo: z.array(unitKindSchema).min(1).optional(),
});

/** Schema of a percentage item (chỉ số tỷ lệ %) with a minimum per level; a level without one keeps the lower level's. */
export const percentItemSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  type: z.literal("percent"),
  targets: z.partialRecord(levelOutcomeSchema, percentThresholdSchema),
  appliesTo: z.array(unitKindSchema).min(1).optional(),
});

/** Schema of a checklist criterion (tiêu chí) holding items. */
export const checklistCriterionSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  items: z.array(z.discriminatedUnion("type", [yesNoItemSchema, percentItemSchema])).min(1),
});

/** Schema of a checklist rule (danh mục Mức độ 1 / Mức độ 2): a level is reached when all its items are met. */
export const checklistRuleSchema = z.strictObject({
  kind: z.literal("checklist"),
  levels: z.array(z.strictObject({ outcome: levelOutcomeSchema, label: z.string().min(1) })).min(1),
  criteria: z.array(checklistCriterionSchema).min(1),
});

/** Schema of a yes/no condition of a share rule, met when any of its input fields is yes. */
export const shareConditionSchema = z.strictObject({
  id: localIdSchema,
  label: z.string().min(1),
  anyOf: z.array(localIdSchema).min(1),
  confidence: confidenceSchema,
});

/** Schema of a share rule (tỷ lệ hộ đạt): share of households recognised ≥ a minimum, plus yes/no conditions. */
export const shareRuleSchema = z.strictObject({
  kind: z.literal("share"),
  householdsField: localIdSchema,
  recognisedField: localIdSchema,
  minShare: percentThresholdSchema,
  conditions: z.array(shareConditionSchema),
});

/** Schema of the rule of a criteria set: points, checklist or share. */
export const ruleSchema = z.discriminatedUnion("kind", [pointsRuleSchema, checklistRuleSchema, shareRuleSchema]);

/** A points rule. */
export type PointsRule = z.infer<typeof pointsRuleSchema>;
/** A group of a points rule. */
export type PointsGroup = z.infer<typeof pointsGroupSchema>;
/** A checklist rule. */
export type ChecklistRule = z.infer<typeof checklistRuleSchema>;
/** An item of a checklist. */
export type ChecklistItem = z.infer<typeof checklistCriterionSchema>["items"][number];
/** A level outcome of a checklist. */
export type LevelOutcome = z.infer<typeof levelOutcomeSchema>;
/** A share rule. */
export type ShareRule = z.infer<typeof shareRuleSchema>;
/** Any rule of a criteria set. */
export type Rule = z.infer<typeof ruleSchema>;
