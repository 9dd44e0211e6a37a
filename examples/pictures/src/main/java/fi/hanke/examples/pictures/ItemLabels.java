package fi.hanke.examples.pictures;

import java.util.List;
import org.jfree.chart.labels.CategoryItemLabelGenerator;
import org.jfree.data.category.CategoryDataset;

/** The label of each bar, given in advance: one per row (series) or one per column (category). */
final class ItemLabels implements CategoryItemLabelGenerator {
  private final List<String> labels;
  private final boolean byRow;

  private ItemLabels(List<String> labels, boolean byRow) {
    this.labels = List.copyOf(labels);
    this.byRow = byRow;
  }

  /** @return labels for the rows (the segments of one stacked bar) */
  static ItemLabels byRow(List<String> labels) {
    return new ItemLabels(labels, true);
  }

  /** @return labels for the columns (the bars of one series) */
  static ItemLabels byColumn(List<String> labels) {
    return new ItemLabels(labels, false);
  }

  @Override
  public String generateRowLabel(CategoryDataset dataset, int row) {
    return dataset.getRowKey(row).toString();
  }

  @Override
  public String generateColumnLabel(CategoryDataset dataset, int column) {
    return dataset.getColumnKey(column).toString();
  }

  @Override
  public String generateLabel(CategoryDataset dataset, int row, int column) {
    return labels.get(byRow ? row : column);
  }
}
