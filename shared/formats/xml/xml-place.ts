import { createProblem } from '../graph-files/problems.ts';
import type { ImportProblem, SourcePlace } from '../parsed-network.ts';
import type { XmlElement } from './xml-element.ts';

/** Where an element sits: its line as `row`, its path as `sheet`, the attribute as `column`. */
export function elementPlace(file: string, element: XmlElement, attribute?: string): SourcePlace {
  return {
    file,
    sheet: element.path,
    row: element.line,
    ...(attribute === undefined ? {} : { column: attribute }),
  };
}

/** A problem about an element; its message gets {{file}}, {{line}} and {{element}}. */
export function elementProblem(
  severity: ImportProblem['severity'],
  code: string,
  params: Record<string, string | number>,
  file: string,
  element: XmlElement,
  attribute?: string,
): ImportProblem {
  return createProblem(
    severity,
    code,
    { line: element.line, element: element.local, ...params },
    elementPlace(file, element, attribute),
  );
}
