import { OFFICE_ERROR_CODES, OfficePortError, officeFailure, officeMessage, toOfficeFailure } from "./office-errors";

describe("Office failures for officers", () => {
  it.each(OFFICE_ERROR_CODES.map((c) => [c]))("%s has a Vietnamese message", (code) => {
    expect(officeMessage(code).length).toBeGreaterThan(20);
  });

  it("keeps a port error's code and hides raw exception text", () => {
    expect(toOfficeFailure(new OfficePortError(officeFailure("office-sheet-missing", "Xã A")))).toMatchObject({ code: "office-sheet-missing", message: expect.stringContaining('"Xã A"') });
    const raw = toOfficeFailure({ code: "GeneralException", message: "Stack trace at foo.js:12" });
    expect(raw).toEqual({ code: "office-sync-failed", message: officeMessage("office-sync-failed"), detail: "GeneralException" });
  });
});
