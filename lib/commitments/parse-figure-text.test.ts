import { describe, expect, it } from "vitest";
import { exponentFigure, halfWidth, parseFigureText } from "./parse-figure-text";

describe("a figure as typed (a progress reading, a sheet cell, an import review)", () => {
  it("reads what an admin types key by key once it is a number", () => {
    expect(parseFigureText("5.")).toBe(5);
    expect(parseFigureText("5.5")).toBe(5.5);
    expect(parseFigureText("2700")).toBe(2700);
    expect(parseFigureText(".5")).toBe(0.5);
    expect(parseFigureText("  8 ")).toBe(8);
  });
  it("reads a planned fall written negative: 下降3% is −3", () => {
    expect(parseFigureText("-3")).toBe(-3);
    expect(parseFigureText("-0.5")).toBe(-0.5);
    expect(parseFigureText("−3")).toBe(-3);
  });
  it("reads full-width digits, an ideographic full stop and grouped thousands from a Chinese input method", () => {
    expect(parseFigureText("２６００")).toBe(2600);
    expect(parseFigureText("５．５")).toBe(5.5);
    expect(parseFigureText("－３")).toBe(-3);
    expect(parseFigureText("5。5")).toBe(5.5);
    expect(parseFigureText("2,600")).toBe(2600);
    expect(parseFigureText("1，234，567.8")).toBe(1234567.8);
  });
  it("takes empty as no value", () => {
    expect(parseFigureText("")).toBeNull();
    expect(parseFigureText("   ")).toBeNull();
  });
  it("refuses text that is not a plain number rather than guessing", () => {
    for (const text of ["-", ".", "+", "5%", "abc", "三", "1e3", "0x10", "Infinity", "NaN", "5.5.5", "26,00", "1，5", "2 600", "--3", "1.5万", "½"]) {
      expect(parseFigureText(text), text).toBe("invalid");
    }
  });
});

describe("a figure in scientific notation, refused but read for what it stands for", () => {
  it("reads the exponent forms a spreadsheet or a calculator shows, full-width too", () => {
    expect(exponentFigure("1e16")).toBe(1e16);
    expect(exponentFigure("1.23457E+15")).toBe(1.23457e15);
    expect(exponentFigure(" -2.5e-3 ")).toBe(-0.0025);
    expect(exponentFigure("１ｅ３")).toBe(1000);
    expect(exponentFigure("1e999")).toBe(Infinity);
  });
  it("is no reading of anything else", () => {
    for (const text of ["", "1000", "e3", "1e", "1e3.5", "0x1e3", "1,000e3", "1e3%", "1 e3"]) expect(exponentFigure(text), text).toBeNull();
  });
});

describe("folding full-width text", () => {
  it("folds only what an input method writes: a footnote's superscript or a circled number stays what it is", () => {
    expect(parseFigureText("390¹")).toBe("invalid");
    expect(parseFigureText("①")).toBe("invalid");
    expect(halfWidth("５０％")).toBe("50%");
    expect(halfWidth("　３９０　")).toBe(" 390 ");
  });
});
