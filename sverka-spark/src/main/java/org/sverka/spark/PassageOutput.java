package org.sverka.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the passages as JSON Lines (one {@code sverka reuse --format json} record a line, part
 * files in passage order) and as Parquet with the same fields, nested the same way.
 */
final class PassageOutput {
  private PassageOutput() {}

  static final StructType SPAN =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("doc", DataTypes.StringType, false),
            DataTypes.createStructField("lineStart", DataTypes.IntegerType, false),
            DataTypes.createStructField("lineEnd", DataTypes.IntegerType, false),
            DataTypes.createStructField("start", DataTypes.IntegerType, false),
            DataTypes.createStructField("end", DataTypes.IntegerType, false),
            DataTypes.createStructField("text", DataTypes.StringType, false)
          });

  static final StructType OP =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("op", DataTypes.StringType, false),
            DataTypes.createStructField("a", DataTypes.StringType, false),
            DataTypes.createStructField("b", DataTypes.StringType, false),
            DataTypes.createStructField("spelling", DataTypes.BooleanType, true)
          });

  static final StructType PASSAGE =
      DataTypes.createStructType(
          new StructField[] {
            DataTypes.createStructField("id", DataTypes.LongType, false),
            DataTypes.createStructField("a", SPAN, false),
            DataTypes.createStructField("b", SPAN, false),
            DataTypes.createStructField("kind", DataTypes.StringType, false),
            DataTypes.createStructField("identity", DataTypes.DoubleType, false),
            DataTypes.createStructField("weight", DataTypes.DoubleType, false),
            DataTypes.createStructField("wordsA", DataTypes.IntegerType, false),
            DataTypes.createStructField("wordsB", DataTypes.IntegerType, false),
            DataTypes.createStructField("ops", DataTypes.createArrayType(OP, false), false)
          });

  static void jsonLines(JavaRDD<ReuseJob.Found> passages, String dir) {
    passages
        .mapPartitions(
            it -> {
              ObjectMapper json =
                  new ObjectMapper()
                      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
              List<String> out = new ArrayList<>();
              while (it.hasNext()) {
                out.add(json.writeValueAsString(it.next().json()));
              }
              return out.iterator();
            })
        .saveAsTextFile(dir);
  }

  static void parquet(SparkSession spark, JavaRDD<ReuseJob.Found> passages, String dir) {
    spark.createDataFrame(passages.map(f -> row(f.json())), PASSAGE).write().parquet(dir);
  }

  @SuppressWarnings("unchecked")
  static Row row(Map<String, Object> m) {
    List<Row> ops = new ArrayList<>();
    for (Object o : (List<Object>) m.get("ops")) {
      Map<String, Object> om = (Map<String, Object>) o;
      ops.add(RowFactory.create(om.get("op"), om.get("a"), om.get("b"), om.get("spelling")));
    }
    return RowFactory.create(
        ((Number) m.get("id")).longValue(),
        span((Map<String, Object>) m.get("a")),
        span((Map<String, Object>) m.get("b")),
        m.get("kind"),
        m.get("identity"),
        m.get("weight"),
        m.get("wordsA"),
        m.get("wordsB"),
        scala.collection.JavaConverters.asScalaBuffer(ops));
  }

  private static Row span(Map<String, Object> s) {
    return RowFactory.create(
        s.get("doc"),
        s.get("lineStart"),
        s.get("lineEnd"),
        s.get("start"),
        s.get("end"),
        s.get("text"));
  }
}
