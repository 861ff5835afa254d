package org.sverka.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sverka.ingest.Problem;
import org.sverka.time.Edtf;

/**
 * What the user knows about the entities of a case, read from {@code authority.yaml} by {@link
 * AuthorityFile}: canonical names, aliases, names valid for a time (Petrograd, Leningrad), types,
 * Wikidata ids, coordinates and "not the same as" constraints. It overrides the automatic decisions
 * of {@link Resolver}. Sverka never writes it.
 *
 * @param hash SHA-256 of the file's bytes ("" when there is no file), for the stage stamp
 */
public record Authority(List<Entry> entries, List<Problem> problems, String file, String hash) {

  public static final Authority NONE = new Authority(List.of(), List.of(), null, "");

  public Authority {
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /**
   * One entity as the user describes it.
   *
   * @param id the entity id, {@code type:key} (e.g. {@code person:leon-sedov})
   * @param names names used for a time, e.g. Petrograd for 1914-08-31/1924-01-26
   * @param notSameAs entity ids and surface forms that must never resolve to this entity
   * @param line the line of the entry in the file
   */
  public record Entry(
      String id,
      EntityType type,
      String name,
      List<String> aliases,
      List<Renaming> names,
      String wikidata,
      Double lat,
      Double lon,
      List<String> notSameAs,
      String note,
      int line) {
    public Entry {
      aliases = List.copyOf(aliases);
      names = List.copyOf(names);
      notSameAs = List.copyOf(notSameAs);
    }

    /** Every form that names this entity: name, aliases, and the names it bore at times. */
    public List<String> forms() {
      List<String> out = new ArrayList<>();
      out.add(name);
      out.addAll(aliases);
      for (Renaming r : names) {
        out.add(r.name());
      }
      return out;
    }

    /** The detail stored with the entity (JSON in table {@code entities}). */
    public Map<String, Object> detail() {
      Map<String, Object> d = new LinkedHashMap<>();
      d.put("source", "authority");
      d.put("aliases", aliases);
      if (!names.isEmpty()) {
        List<Object> ns = new ArrayList<>();
        for (Renaming r : names) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("name", r.name());
          m.put("when", r.when().toString());
          ns.add(m);
        }
        d.put("names", ns);
      }
      if (lat != null) {
        d.put("lat", lat);
        d.put("lon", lon);
      }
      if (!notSameAs.isEmpty()) {
        d.put("notSameAs", notSameAs);
      }
      if (note != null) {
        d.put("note", note);
      }
      return d;
    }

    /** The name this entity bore on a date, if the file says (e.g. Petrograd in 1920). */
    public Optional<String> nameOn(Edtf date) {
      for (Renaming r : names) {
        if (r.when().contains(date)) {
          return Optional.of(r.name());
        }
      }
      return Optional.empty();
    }
  }

  /** A name an entity bore for a time. */
  public record Renaming(String name, Edtf when) {}

  /** A (form, type) pair for the mention finder's gazetteer. */
  public record GazetteerEntry(String form, EntityType type, String entityId) {}

  /**
   * The forms the mention finder should look for, with their types: every name, alias and
   * historical name of every entry, in file order.
   */
  public List<GazetteerEntry> gazetteer() {
    List<GazetteerEntry> out = new ArrayList<>();
    for (Entry e : entries) {
      for (String f : e.forms()) {
        out.add(new GazetteerEntry(f, e.type(), e.id()));
      }
    }
    return out;
  }

  /** The entry with this id, if any. */
  public Optional<Entry> entry(String id) {
    return entries.stream().filter(e -> e.id().equals(id)).findFirst();
  }

  /** A lookup key for a form as the user wrote it: no article, title or possessive; lower case. */
  static String formKey(String form, EntityType type) {
    return VariantKeys.parse(form, type).clean().toLowerCase(Locale.ROOT);
  }
}
