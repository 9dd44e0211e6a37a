package fi.hanke.examples.pictures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.hanke.core.json.HankeDocument;
import fi.hanke.examples.seeds.Seed;
import fi.hanke.examples.seeds.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A service draws for many requests at once: the same document gives the same pictures on any thread. */
class ConcurrentPicturesTest {
  @Test
  void drawingOnFourThreadsAtOnceGivesThePicturesDrawnAlone() throws Exception {
    List<HankeDocument> documents = new ArrayList<>();
    List<Map<String, String>> alone = new ArrayList<>();
    for (Seed seed : Seeds.all()) {
      HankeDocument d = SeedPicturesTest.document(seed);
      documents.add(d);
      alone.add(ProjectPictures.of(d, new Locale("sv")).all());
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, String>>> drawn = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        HankeDocument d = documents.get(i % documents.size());
        drawn.add(pool.submit(() -> ProjectPictures.of(d, new Locale("sv")).all()));
      }
      for (int i = 0; i < drawn.size(); i++) {
        assertEquals(alone.get(i % documents.size()), drawn.get(i).get(), "document " + i % documents.size());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
