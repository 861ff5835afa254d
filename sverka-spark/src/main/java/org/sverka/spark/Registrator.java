package org.sverka.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.serializers.JavaSerializer;
import org.apache.spark.serializer.KryoRegistrator;
import org.sverka.reuse.AlignOp;
import org.sverka.reuse.Passage;
import org.sverka.reuse.ReuseDetector;
import org.sverka.text.Span;

/**
 * Kryo for the job's arrays and documents; Java serialisation for Java records (Kryo 4 cannot set a
 * record's final fields).
 */
public final class Registrator implements KryoRegistrator {
  @Override
  public void registerClasses(Kryo kryo) {
    kryo.register(TokDoc.class);
    kryo.register(LongBuf.class);
    kryo.register(Ingest.Read.class);
    kryo.register(Passage.class, new JavaSerializer());
    kryo.register(AlignOp.class, new JavaSerializer());
    kryo.register(Span.class, new JavaSerializer());
    kryo.register(PassageKey.class, new JavaSerializer());
    kryo.register(ReuseJob.Found.class, new JavaSerializer());
    kryo.register(Ingest.FileTask.class, new JavaSerializer());
    kryo.register(ReuseDetector.Options.class, new JavaSerializer());
    kryo.register(ReuseJob.Settings.class, new JavaSerializer());
  }
}
