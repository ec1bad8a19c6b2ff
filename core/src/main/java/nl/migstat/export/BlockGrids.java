package nl.migstat.export;

import java.util.List;
import java.util.Map;
import nl.migstat.model.SheetLayout.Block;

/** Turns a table's long rows into the grids one declared block shows (pure: no POI). */
final class BlockGrids {
  private BlockGrids() {}

  /**
   * The block's grids.
   *
   * @param chartTitle the title of the block's chart
   * @throws IllegalArgumentException when the layout names a column the table lacks, or its
   *     categories do not tell two rows apart
   */
  static List<Grid> of(
      TableView view, List<Map<String, Object>> rows, Block block, String chartTitle) {
    switch (block.arrangement()) {
      case COMPARISON:
        return ComparisonGrids.of(view, rows, block, chartTitle);
      case SERIES:
        return List.of(SeriesGrid.of(view, rows, block, chartTitle));
      case LATEST:
        return List.of(ListGrids.latest(view, rows, block, chartTitle));
      case LISTING:
        // a listing keeps only the rows its block asks for, as every other arrangement does
        return List.of(
            ListGrids.listing(
                view, rows.stream().filter(r -> TableView.matchesAll(r, block.where())).toList()));
      default:
        throw new IllegalStateException("unknown arrangement " + block.arrangement());
    }
  }
}
