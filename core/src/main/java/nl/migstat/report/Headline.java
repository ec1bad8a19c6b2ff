package nl.migstat.report;

/**
 * One headline figure of a chapter in a generated Dutch sentence ({@code De immigratie daalde in
 * 2023 met 17 % tot 335 668 personen.}).
 *
 * @param chapter the chapter it opens
 * @param sentence the sentence, with the symbols of the figure's states ({@code 335 668*})
 * @param provisional whether a figure in it is provisional (the page then explains {@code *})
 */
record Headline(String chapter, String sentence, boolean provisional) {}
