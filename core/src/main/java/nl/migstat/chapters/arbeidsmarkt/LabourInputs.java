package nl.migstat.chapters.arbeidsmarkt;

import nl.migstat.chapters.ChapterInputs;

/**
 * What the labour-market tables build from: the run's inputs and the bridge between CBS's two
 * background classifications and Eurostat's country of birth.
 *
 * @param all the run's inputs
 * @param bridge the bundled background bridge
 */
public record LabourInputs(ChapterInputs all, BackgroundBridge bridge) {}
