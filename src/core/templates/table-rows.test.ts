import { TableRows, type TableRow } from "./read-rows";

describe("TableRows (hàng thân bảng)", () => {
  const rows: TableRow[] = [
    { row: 5, kind: "subtotal", name: "Huyện Lục Yên", nameKey: "huyen luc yen", hidden: false },
    { row: 6, kind: "data", name: "Xã An Phú", nameKey: "xa an phu", hidden: true },
    { row: 9, kind: "totals", name: "Tổng cộng", nameKey: "tong cong", hidden: false },
  ];

  it("gives back every row as it was pushed, by index, by object and by iteration", () => {
    const list = TableRows.of(rows);
    expect(list.length).toBe(3);
    expect([list.row(1), list.kind(1), list.name(1), list.nameKey(1), list.hidden(1)]).toEqual([6, "data", "Xã An Phú", "xa an phu", true]);
    expect(list.at(2)).toEqual(rows[2]);
    expect([...list]).toEqual(rows);
    expect(list.map((r, i) => `${i}:${r.kind}`)).toEqual(["0:subtotal", "1:data", "2:totals"]);
    expect([list.first, list.last]).toEqual([5, 9]);
  });

  it("says there is no first or last row when empty, even with room for more", () => {
    const list = new TableRows(10);
    expect(list.length).toBe(0);
    expect([list.first, list.last]).toEqual([null, null]);
    expect([...list]).toEqual([]);
  });
});
