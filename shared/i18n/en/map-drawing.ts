/** The map canvas itself: what it says while a large map is being arranged. */
export const mapDrawing = {
  arranging: 'Arranging the map by its ties… {{percent}} %',
} as const;
