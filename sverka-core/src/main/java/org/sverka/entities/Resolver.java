package org.sverka.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sverka.entities.Mention.Role;

/**
 * Clusters mentions into entities across spelling, transliteration, OCR and inflection variants.
 *
 * <ol>
 *   <li>A form the authority file names (name, alias, historical name) is that entry's entity,
 *       unless the entry says it is {@code not_same_as} that form.
 *   <li>Otherwise forms are read by {@link VariantKeys#parse}; persons are grouped by surname
 *       ({@link VariantKeys#sameName}: spelling keys, OCR-weighted edit distance, Beider-Morse),
 *       other types by their whole name; types never mix (Lenin the person is not Leningrad the
 *       place).
 *   <li>Within a surname, the given names and initials decide ({@link
 *       VariantKeys#compatibleGiven}): Leon Sedov and Sergei Sedov are two people; L. Sedov is
 *       Leon; John Adams is not John Quincy Adams ({@link VariantKeys#furtherGiven}). A bare
 *       surname shared by several people goes to the one named nearest to it in the same document
 *       (within {@link #CONTEXT} sentences), else to the one named most in that document, else to
 *       the one the authority file declares, else to the one named most in the corpus.
 *   <li>A group or adjective ("Zinovievists", "Stalinist", "the Nicolaievs") is linked to the
 *       entity its base name resolves to, and counted apart: it is never one of its variants.
 * </ol>
 *
 * Ids are stable: the authority's id, else {@code type:surname} (or {@code type:given-surname} when
 * two people share a surname), made unique in a fixed order.
 */
public final class Resolver {
  /** How many sentences away a full name may decide a bare surname. */
  static final int CONTEXT = 5;

  /**
   * Context decides a bare surname only between people named at least 1/DOMINANCE as often (by full
   * name) as the most named one of that surname.
   */
  static final int DOMINANCE = 10;

  /** Words no person's name has: such "persons" of the CRF are left unresolved. */
  private static final java.util.regex.Pattern NOT_A_PERSON =
      java.util.regex.Pattern.compile(" (?:of|the|and|Institute|Committee|Party) ");

  /**
   * A person named by a given name and a place, an epithet or a father: "Alexander of Macedon",
   * "William of Orange", "Ivan the Terrible", "Dion the Syracusan", "Tobias, the son of Tobit".
   */
  static final java.util.regex.Pattern EPITHET =
      java.util.regex.Pattern.compile(
          "(?!(?:Institute|Committee|Party) )\\p{Lu}[\\p{L}'’]+"
              + "(?: (?:of|the) \\p{Lu}[\\p{L}'’]+|,? (?:the )?(?:son|daughter) of \\p{Lu}[\\p{L}'’]+)");

  /**
   * A mention to resolve.
   *
   * @param before the text just before the mention (a title: "Mrs. ", "the younger "), or ""
   * @param after the text just after it (a suffix: ", Jr."), or ""
   */
  public record Input(
      long id,
      String doc,
      int sentence,
      String form,
      EntityType type,
      Role role,
      String before,
      String after) {
    public Input(long id, String doc, int sentence, String form, EntityType type, Role role) {
      this(id, doc, sentence, form, type, role, "", "");
    }
  }

  /** An entity found, with the detail stored beside it. */
  public record Entity(
      String id, EntityType type, String name, String wikidata, Map<String, Object> detail) {}

  /** The entities, and the entity of every mention resolved (mention id to entity id). */
  public record Result(List<Entity> entities, Map<Long, String> entityOf) {}

  private final Authority authority;
  private final VariantKeys keys = new VariantKeys();

  public Resolver(Authority authority) {
    this.authority = authority == null ? Authority.NONE : authority;
  }

  /** One entity being built. */
  private static final class Cluster {
    final EntityType type;
    final Authority.Entry entry; // null when automatic
    final List<List<VariantKeys.Given>> givens = new ArrayList<>();
    final List<VariantKeys.Name> names = new ArrayList<>();
    final Map<String, Integer> cleanCounts = new TreeMap<>();
    int mentions;
    String id;

    /** Form keys that must never resolve here (not_same_as, both ways, with all forms of ids). */
    final Set<String> refused = new HashSet<>();

    /** The surnames as written (lower case) of the names decided for it. */
    final Set<String> surnames = new HashSet<>();

    /** The sex its titles or given names show, once one does ({@link PersonMarks}). */
    PersonMarks.Sex sex = PersonMarks.Sex.NONE;

    /** The generation its given names were written with ("" for no suffix), once one was. */
    String generation;

    Cluster(EntityType type, Authority.Entry entry) {
      this.type = type;
      this.entry = entry;
    }

    boolean refuses(String form) {
      return !refused.isEmpty() && refused.contains(Authority.formKey(form, type));
    }
  }

  public Result resolve(List<Input> mentions) {
    List<Input> sorted = personReadings(mentions);
    sorted.sort(
        Comparator.comparing(Input::doc)
            .thenComparingInt(Input::sentence)
            .thenComparingLong(Input::id));
    Map<Long, Cluster> of = new HashMap<>();
    List<Cluster> clusters = new ArrayList<>();
    // 1. the authority's own forms
    Map<String, Cluster> byForm = new HashMap<>();
    Map<String, Cluster> byEntry = authorityClusters(clusters, byForm);
    refuseNotSameAs(byEntry);
    List<Input> rest = matchAuthorityForms(sorted, byForm, of);
    // 2. automatic: group forms by name, per type
    Map<EntityType, List<Input>> byType = new TreeMap<>();
    for (Input m : rest) {
      byType.computeIfAbsent(m.type(), t -> new ArrayList<>()).add(m);
    }
    for (Map.Entry<EntityType, List<Input>> e : byType.entrySet()) {
      groupByName(e.getKey(), e.getValue(), byEntry, clusters, of);
    }
    initialsOfFullNames(sorted, of);
    // 3. derived forms link to the entity of their base name
    Map<Long, Cluster> derived = linkDerived(sorted, of, byEntry);
    // 4. ids, names and details, in a fixed order
    return entities(sorted, clusters, of, derived);
  }

  /** One cluster for every entry of the authority file, its forms indexed into {@code byForm}. */
  private Map<String, Cluster> authorityClusters(
      List<Cluster> clusters, Map<String, Cluster> byForm) {
    Map<String, Cluster> byEntry = new LinkedHashMap<>();
    for (Authority.Entry e : authority.entries()) {
      Cluster c = new Cluster(e.type(), e);
      c.id = e.id();
      byEntry.put(e.id(), c);
      clusters.add(c);
      for (String f : e.forms()) {
        VariantKeys.Name n = VariantKeys.parse(f, e.type());
        c.names.add(n);
        c.surnames.add(n.surname().toLowerCase(Locale.ROOT));
        if (!n.given().isEmpty()) {
          c.givens.add(n.given());
        }
        byForm.putIfAbsent(Authority.formKey(f, e.type()), c);
      }
    }
    return byEntry;
  }

  /** Entries that are {@code not_same_as} each other refuse each other's forms, both ways. */
  private static void refuseNotSameAs(Map<String, Cluster> byEntry) {
    for (Cluster c : byEntry.values()) {
      for (String n : c.entry.notSameAs()) {
        Cluster other = entryNamed(byEntry, c.type, n);
        if (other == null) {
          c.refused.add(Authority.formKey(n, c.type));
          continue;
        }
        for (String f : other.entry.forms()) {
          c.refused.add(Authority.formKey(f, c.type));
        }
        for (String f : c.entry.forms()) {
          other.refused.add(Authority.formKey(f, other.type));
        }
      }
    }
  }

  /** The entry a {@code not_same_as} names: by its id, its id with the type, or the id's name. */
  private static Cluster entryNamed(Map<String, Cluster> byEntry, EntityType type, String n) {
    Cluster other = byEntry.get(n);
    if (other == null) {
      other = byEntry.get(type.name().toLowerCase(Locale.ROOT) + ":" + n);
    }
    if (other == null) {
      for (Cluster x : byEntry.values()) {
        if (x.id.substring(x.id.indexOf(':') + 1).equals(n)) {
          other = x;
        }
      }
    }
    return other;
  }

  /** Resolves the names the authority file spells; returns the other names, to group. */
  private static List<Input> matchAuthorityForms(
      List<Input> sorted, Map<String, Cluster> byForm, Map<Long, Cluster> of) {
    List<Input> rest = new ArrayList<>();
    for (Input m : sorted) {
      if (m.role() != Role.NAME) {
        continue;
      }
      Cluster c = byForm.get(Authority.formKey(m.form(), m.type()));
      if (c != null && !c.refuses(m.form())) {
        of.put(m.id(), c);
      } else {
        rest.add(m);
      }
    }
    return rest;
  }

  /**
   * The distinct heads (surnames of persons, clean names of others) of one type's names, with the
   * key of each and the authority clusters whose names have that head.
   */
  private record Heads(
      Map<String, VariantKeys.Name> parsed,
      List<String> heads,
      Map<String, String> keyOfHead,
      Map<String, List<Cluster>> anchorsOfHead) {

    String key(int i) {
      return keyOfHead.get(heads.get(i));
    }

    /** Both heads are authority names, of different entries. */
    boolean anchoredApart(String a, String b) {
      return anchorsOfHead.containsKey(a)
          && anchorsOfHead.containsKey(b)
          && !anchorsOfHead.get(a).equals(anchorsOfHead.get(b));
    }
  }

  /** The heads of one type's mentions, and the authority's names of that type as anchors. */
  private static Heads heads(EntityType type, List<Input> ms, Map<String, Cluster> byEntry) {
    // distinct surnames (persons) or names (others), with the mentions of each
    Map<String, VariantKeys.Name> parsed = new TreeMap<>();
    for (Input m : ms) {
      parsed.computeIfAbsent(m.form(), f -> VariantKeys.parse(f, type));
    }
    List<String> heads = new ArrayList<>(); // surname (person) or clean name
    Map<String, String> keyOfHead = new TreeMap<>();
    for (VariantKeys.Name n : parsed.values()) {
      String head = head(n, type);
      if (!keyOfHead.containsKey(head)) {
        keyOfHead.put(head, n.key());
        heads.add(head);
      }
    }
    // authority names of this type join the grouping as anchors
    Map<String, List<Cluster>> anchorsOfHead = new HashMap<>();
    for (Cluster c : byEntry.values()) {
      if (c.type != type) {
        continue;
      }
      for (VariantKeys.Name n : c.names) {
        String head = head(n, type);
        if (!keyOfHead.containsKey(head)) {
          keyOfHead.put(head, n.key());
          heads.add(head);
        }
        addOnce(anchorsOfHead.computeIfAbsent(head, h -> new ArrayList<>()), c);
      }
    }
    heads.sort(null);
    return new Heads(parsed, heads, keyOfHead, anchorsOfHead);
  }

  private static void addOnce(List<Cluster> l, Cluster c) {
    if (!l.contains(c)) {
      l.add(c);
    }
  }

  /** Groups one type's names by head, then resolves each group into entities. */
  private void groupByName(
      EntityType type,
      List<Input> ms,
      Map<String, Cluster> byEntry,
      List<Cluster> clusters,
      Map<Long, Cluster> of) {
    Heads h = heads(type, ms, byEntry);
    int[] parent = new int[h.heads().size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    joinSameNames(type, h, parent);
    if (type != EntityType.PERSON) {
      joinAcronyms(h, parent);
    }
    if (type == EntityType.PLACE) {
      joinQualifiedPlaces(type, ms, h, parent);
    }
    if (type == EntityType.PERSON) {
      joinDoubleSurnames(type, h, parent);
    }
    resolveGroups(type, ms, h, parent, clusters, of);
  }

  /** Joins the heads {@link VariantKeys#sameName} calls one, unless anchored apart. */
  private void joinSameNames(EntityType type, Heads h, int[] parent) {
    List<String> heads = h.heads();
    // names can only be one when their keys begin alike: compare within those buckets
    Map<Character, List<Integer>> buckets = new TreeMap<>();
    for (int i = 0; i < heads.size(); i++) {
      String k = h.key(i);
      buckets.computeIfAbsent(k.isEmpty() ? ' ' : k.charAt(0), x -> new ArrayList<>()).add(i);
    }
    for (List<Integer> bucket : buckets.values()) {
      for (int bi = 0; bi < bucket.size(); bi++) {
        for (int bj = bi + 1; bj < bucket.size(); bj++) {
          int i = bucket.get(bi);
          int j = bucket.get(bj);
          String a = heads.get(i);
          String b = heads.get(j);
          if (find(parent, i) != find(parent, j)
              && keys.sameName(a, h.key(i), b, h.key(j), type == EntityType.PERSON)
              && !(type != EntityType.PERSON && h.anchoredApart(a, b))) {
            parent[find(parent, j)] = find(parent, i);
          }
        }
      }
    }
  }

  /**
   * An abbreviation in capitals ("U.S.", "U.S.S.R.") is the one name of its type whose capitalised
   * words begin with its letters and whose other words are small ones ("United States", "Union of
   * Soviet Socialist Republics"); with two such names it is neither.
   */
  private static void joinAcronyms(Heads h, int[] parent) {
    List<String> heads = h.heads();
    Map<String, Set<Integer>> byInitials = new HashMap<>();
    for (int i = 0; i < heads.size(); i++) {
      String ini = initials(heads.get(i));
      if (ini.length() >= 2) {
        byInitials.computeIfAbsent(ini, k -> new TreeSet<>()).add(i);
      }
    }
    for (int i = 0; i < heads.size(); i++) {
      String hd = heads.get(i);
      String letters = hd.replaceAll("[.\\s]", "");
      if (letters.length() < 2
          || letters.length() > 8
          || !letters.chars().allMatch(Character::isUpperCase)
          || !hd.contains(".") && hd.contains(" ")) {
        continue;
      }
      Set<Integer> named = byInitials.getOrDefault(letters, Set.of());
      Set<Integer> groups = new TreeSet<>();
      for (int j : named) {
        groups.add(find(parent, j));
      }
      if (groups.size() == 1) {
        parent[find(parent, i)] = groups.iterator().next();
      }
    }
  }

  /** The first letters of a name's capitalised words, when it has two or more ("US"). */
  private static String initials(String name) {
    String[] words = name.split("[\\s-]+");
    if (words.length < 2) {
      return "";
    }
    StringBuilder b = new StringBuilder();
    for (String w : words) {
      if (!w.isEmpty() && Character.isUpperCase(w.codePointAt(0))) {
        b.appendCodePoint(w.codePointAt(0));
      } else if (!LINKS.contains(w)) {
        return ""; // "United States territory" is no expansion of U.S.
      }
    }
    return b.toString();
  }

  /** The small words an abbreviation leaves out: "Union of Soviet Socialist Republics". */
  private static final Set<String> LINKS =
      Set.of("of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "der", "und");

  /** Joins a place and the same name qualified ({@link #qualifiedPlaces}). */
  private static void joinQualifiedPlaces(EntityType type, List<Input> ms, Heads h, int[] parent) {
    Map<String, String> headOf = new HashMap<>();
    h.parsed().forEach((f, n) -> headOf.put(f, head(n, type)));
    for (int[] q : qualifiedPlaces(h.heads(), ms, headOf)) {
      if (!h.anchoredApart(h.heads().get(q[0]), h.heads().get(q[1]))) {
        parent[find(parent, q[0])] = find(parent, q[1]);
      }
    }
  }

  /**
   * A double surname is the person of its last part (V. Ulianov-Lenin is Lenin), unless its first
   * part is a surname of its own: Ruth Fischer-Maslow names two people.
   */
  private static void joinDoubleSurnames(EntityType type, Heads h, int[] parent) {
    List<String> heads = h.heads();
    Map<String, List<Cluster>> anchorsOfHead = h.anchorsOfHead();
    Map<String, Integer> headOfKey = new HashMap<>();
    for (int i = 0; i < heads.size(); i++) {
      headOfKey.putIfAbsent(h.key(i), i);
    }
    for (int i = 0; i < heads.size(); i++) {
      String hd = heads.get(i);
      int dash = hd.lastIndexOf('-');
      if (dash > 0 && dash < hd.length() - 1) {
        Integer j = headOfKey.get(VariantKeys.parse(hd.substring(dash + 1), type).key());
        Integer first = headOfKey.get(VariantKeys.parse(hd.substring(0, dash), type).key());
        boolean ownSurname =
            first != null
                && !(anchorsOfHead.containsKey(heads.get(first))
                    && j != null
                    && anchorsOfHead.containsKey(heads.get(j))
                    && anchorsOfHead.get(heads.get(first)).equals(anchorsOfHead.get(heads.get(j))));
        if (j != null && j != i && !ownSurname) {
          parent[find(parent, i)] = find(parent, j);
        }
      }
    }
  }

  /** Resolves the mentions of every group of joined heads, with the group's anchors. */
  private void resolveGroups(
      EntityType type,
      List<Input> ms,
      Heads h,
      int[] parent,
      List<Cluster> clusters,
      Map<Long, Cluster> of) {
    List<String> heads = h.heads();
    Map<Integer, List<Input>> groups = new TreeMap<>();
    Map<Integer, List<Cluster>> groupAnchors = new TreeMap<>();
    Map<String, Integer> groupOfHead = new HashMap<>();
    for (int i = 0; i < heads.size(); i++) {
      groupOfHead.put(heads.get(i), find(parent, i));
    }
    for (Input m : ms) {
      groups
          .computeIfAbsent(
              groupOfHead.get(head(h.parsed().get(m.form()), type)), g -> new ArrayList<>())
          .add(m);
    }
    h.anchorsOfHead()
        .forEach(
            (hd, cs) -> {
              List<Cluster> l =
                  groupAnchors.computeIfAbsent(groupOfHead.get(hd), g -> new ArrayList<>());
              for (Cluster c : cs) {
                addOnce(l, c);
              }
            });
    for (Map.Entry<Integer, List<Input>> g : groups.entrySet()) {
      List<Cluster> anchors = new ArrayList<>(groupAnchors.getOrDefault(g.getKey(), List.of()));
      resolveGroup(type, g.getValue(), h.parsed(), anchors, clusters, of);
    }
  }

  /**
   * Initials standing for a name ("G. B.", "Mr. C. M.") are the person whose given names and
   * surname begin with those letters, in order, when exactly one person named in full in the same
   * document does ("George Burroughs" above "the trial of G. B."); with none or several they stay
   * as they are.
   */
  static void initialsOfFullNames(List<Input> sorted, Map<Long, Cluster> of) {
    Map<String, Map<String, Set<Cluster>>> byDoc = new HashMap<>();
    for (Input m : sorted) {
      Cluster c = of.get(m.id());
      VariantKeys.Name n = VariantKeys.parse(m.form(), m.type());
      if (c != null && m.type() == EntityType.PERSON && !n.acronym() && n.hasFullGiven()) {
        StringBuilder letters = new StringBuilder();
        for (VariantKeys.Given g : n.given()) {
          letters.appendCodePoint(g.text().codePointAt(0));
        }
        letters.appendCodePoint(n.surname().codePointAt(0));
        byDoc
            .computeIfAbsent(m.doc(), d -> new HashMap<>())
            .computeIfAbsent(letters.toString().toUpperCase(Locale.ROOT), k -> new HashSet<>())
            .add(c);
      }
    }
    for (Input m : sorted) {
      VariantKeys.Name n = VariantKeys.parse(m.form(), m.type());
      String letters = n.surname();
      if (m.type() != EntityType.PERSON
          || m.role() != Role.NAME
          || !n.acronym()
          || letters.length() < 2
          || letters.length() > 3
          || !n.clean().matches("(?:\\p{Lu}\\. ?){2,3}")) {
        continue;
      }
      Set<Cluster> named = byDoc.getOrDefault(m.doc(), Map.of()).getOrDefault(letters, Set.of());
      if (named.size() == 1) {
        of.put(m.id(), named.iterator().next());
      }
    }
  }

  /** Links every derived form (group, adjective) to the entity its base name resolves to. */
  private static Map<Long, Cluster> linkDerived(
      List<Input> sorted, Map<Long, Cluster> of, Map<String, Cluster> byEntry) {
    Map<Long, Cluster> derived = new HashMap<>();
    Map<String, Cluster> nameIndex = nameIndex(sorted, of, byEntry);
    for (Input m : sorted) {
      if (m.role() == Role.NAME) {
        continue;
      }
      Cluster c = baseEntity(m, nameIndex);
      if (c != null) {
        derived.put(m.id(), c);
      }
    }
    return derived;
  }

  /** The key of each name to the entity it most often names (Sedov: Leon, not Sergei). */
  private static Map<String, Cluster> nameIndex(
      List<Input> sorted, Map<Long, Cluster> of, Map<String, Cluster> byEntry) {
    Map<String, Map<Cluster, Integer>> keyUse = new HashMap<>();
    for (Input m : sorted) {
      Cluster c = of.get(m.id());
      if (c != null) {
        String k = m.type() + "|" + VariantKeys.parse(m.form(), m.type()).key();
        keyUse.computeIfAbsent(k, x -> new LinkedHashMap<>()).merge(c, 1, Integer::sum);
      }
    }
    for (Cluster c : byEntry.values()) {
      for (VariantKeys.Name n : c.names) {
        keyUse
            .computeIfAbsent(c.type + "|" + n.key(), x -> new LinkedHashMap<>())
            .merge(c, 0, Integer::sum);
      }
    }
    Map<String, Cluster> nameIndex = new HashMap<>();
    keyUse.forEach(
        (k, use) -> {
          Cluster best = null;
          int n = -1;
          for (Map.Entry<Cluster, Integer> u : use.entrySet()) {
            if (u.getValue() > n) {
              best = u.getKey();
              n = u.getValue();
            }
          }
          nameIndex.put(k, best);
        });
    return nameIndex;
  }

  /** The entity of a derived form's first base name that names one (and is not refused). */
  private static Cluster baseEntity(Input m, Map<String, Cluster> nameIndex) {
    for (String base : VariantKeys.derivedBases(m.form())) {
      for (EntityType t : preferred(m.type())) {
        VariantKeys.Name n = VariantKeys.parse(base, t);
        Cluster c = nameIndex.get(t + "|" + n.key());
        if (c != null && !c.refuses(m.form())) {
          return c;
        }
      }
    }
    return null;
  }

  /** The entities named or derived from, with their ids, names and details, in a fixed order. */
  private static Result entities(
      List<Input> sorted,
      List<Cluster> clusters,
      Map<Long, Cluster> of,
      Map<Long, Cluster> derived) {
    for (Input m : sorted) {
      Cluster c = of.get(m.id());
      if (c != null) {
        c.mentions++;
        VariantKeys.Name n = VariantKeys.parse(m.form(), m.type());
        c.cleanCounts.merge(n.clean(), 1, Integer::sum);
        if (c.entry == null) {
          c.names.add(n);
        }
      }
    }
    Map<Cluster, Map<String, int[]>> derivedForms = derivedForms(sorted, derived);
    List<Cluster> used = new ArrayList<>();
    for (Cluster c : clusters) {
      if (c.mentions > 0 || derivedForms.containsKey(c)) {
        used.add(c);
      }
    }
    used.sort(
        Comparator.<Cluster, Boolean>comparing(c -> c.entry == null)
            .thenComparing(c -> c.type)
            .thenComparing(c -> -c.mentions)
            .thenComparing(Resolver::canonical));
    assignIds(used);
    List<Entity> out = new ArrayList<>();
    for (Cluster c : used) {
      out.add(entity(c, derivedForms.getOrDefault(c, Map.of())));
    }
    out.sort(Comparator.comparing(Entity::id));
    Map<Long, String> entityOf = new TreeMap<>();
    of.forEach((k, v) -> entityOf.put(k, v.id));
    derived.forEach((k, v) -> entityOf.put(k, v.id));
    return new Result(out, entityOf);
  }

  /** Per entity, how often each derived form ("role|form") links to it. */
  private static Map<Cluster, Map<String, int[]>> derivedForms(
      List<Input> sorted, Map<Long, Cluster> derived) {
    Map<Cluster, Map<String, int[]>> derivedForms = new HashMap<>();
    Map<Long, Input> byId = new HashMap<>();
    for (Input m : sorted) {
      byId.put(m.id(), m);
    }
    for (Map.Entry<Long, Cluster> d : derived.entrySet()) {
      Input m = byId.get(d.getKey());
      derivedForms.computeIfAbsent(d.getValue(), x -> new TreeMap<>())
          .computeIfAbsent(m.role().name() + "|" + m.form(), x -> new int[1])[0]++;
    }
    return derivedForms;
  }

  /**
   * Gives every automatic entity its id: {@code type:surname}, or {@code type:canonical-name} when
   * the surname is shared or taken, made unique by a number.
   */
  private static void assignIds(List<Cluster> used) {
    Set<String> taken = new HashSet<>();
    for (Cluster c : used) {
      if (c.entry != null) {
        taken.add(c.id);
      }
    }
    Map<String, Integer> surnameUse = new HashMap<>();
    for (Cluster c : used) {
      if (c.entry == null) {
        surnameUse.merge(c.type + "|" + slug(shortName(c)), 1, Integer::sum);
      }
    }
    for (Cluster c : used) {
      if (c.entry == null) {
        String prefix = c.type.name().toLowerCase(Locale.ROOT) + ":";
        String base = slug(shortName(c));
        if (surnameUse.get(c.type + "|" + base) > 1 || taken.contains(prefix + base)) {
          base = slug(canonical(c));
        }
        String id = prefix + base;
        for (int n = 2; taken.contains(id); n++) {
          id = prefix + base + "-" + n;
        }
        taken.add(id);
        c.id = id;
      }
    }
  }

  /** The entity of a cluster, its detail listing the derived forms that link to it. */
  private static Entity entity(Cluster c, Map<String, int[]> derivedForms) {
    Map<String, Object> detail;
    if (c.entry != null) {
      detail = c.entry.detail();
    } else {
      detail = new LinkedHashMap<>();
      detail.put("source", "automatic");
    }
    List<Object> ds = new ArrayList<>();
    derivedForms.forEach(
        (k, v) -> {
          int bar = k.indexOf('|');
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("form", k.substring(bar + 1));
          m.put("role", k.substring(0, bar));
          m.put("count", v[0]);
          ds.add(m);
        });
    detail.put("derived", ds);
    return new Entity(
        c.id,
        c.type,
        c.entry != null ? c.entry.name() : canonical(c),
        c.entry != null ? c.entry.wikidata() : null,
        detail);
  }

  /**
   * The CRF sometimes reads a Russian surname as a place (Kameney, Kossior, Postyshev): a one-word
   * name the finder also calls a person (in any of its spellings: Aeschines / Æschines), at least
   * as often as it calls it a place, is a person everywhere, unless the authority file names it as
   * that place. Names of more words (Alma Alta) and places read as persons only now and then
   * (Tverskoy) keep their types. "Persons" whose name holds words no person's name has (of, the,
   * Institute) are left unresolved.
   */
  private List<Input> personReadings(List<Input> mentions) {
    mentions = mixedCase(mentions);
    Map<String, int[]> counts = new HashMap<>(); // form -> {person, place}
    for (Input m : mentions) {
      if (m.role() == Role.NAME
          && (m.type() == EntityType.PERSON || m.type() == EntityType.PLACE)) {
        counts
            .computeIfAbsent(reading(m.form()), f -> new int[2])[
            m.type() == EntityType.PERSON ? 0 : 1]++;
      }
    }
    Set<String> persons = new HashSet<>();
    Set<String> authorityForms = new HashSet<>();
    for (Authority.Entry e : authority.entries()) {
      for (String f : e.forms()) {
        authorityForms.add(Authority.formKey(f, e.type()));
      }
    }
    counts.forEach(
        (reading, c) -> {
          if (c[0] > 0 && c[1] > 0 && c[0] >= c[1] && !reading.contains(" ")) {
            persons.add(reading);
          }
        });
    List<Input> out = new ArrayList<>(mentions.size());
    for (Input m : mentions) {
      if (m.type() == EntityType.PERSON
          && NOT_A_PERSON.matcher(m.form()).find()
          && !EPITHET.matcher(m.form()).matches()) {
        continue; // "Marx-Engels-Lenin Institute of the C.C.": the CRF's, not a person's name
      }
      if (m.role() == Role.NAME
          && m.type() == EntityType.PLACE
          && persons.contains(reading(m.form()))
          && !authorityForms.contains(Authority.formKey(m.form(), EntityType.PLACE))) {
        out.add(
            new Input(
                m.id(),
                m.doc(),
                m.sentence(),
                m.form(),
                EntityType.PERSON,
                m.role(),
                m.before(),
                m.after()));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * What a one-word form reads as a person's name, the same for its spellings and transliterations
   * ({@link VariantKeys#classical}: Aeschines / Æschines, Euclid / Euclides); a form of several
   * words is itself.
   */
  private static String reading(String form) {
    String clean = VariantKeys.parse(form, EntityType.PERSON).clean();
    return clean.contains(" ") || clean.isEmpty()
        ? clean
        : VariantKeys.classical(VariantKeys.spelling(clean));
  }

  /**
   * A form in capitals (a signature, a heading: "WASHINGTON IRVING", "BOSTON") is read as the same
   * letters in mixed case where the corpus writes them so ("Washington Irving"), so that it is
   * never taken for an acronym or spelt apart from them.
   */
  static List<Input> mixedCase(List<Input> mentions) {
    Map<String, String> mixed = new TreeMap<>();
    for (Input m : mentions) {
      String f = m.form();
      if (!f.equals(f.toUpperCase(Locale.ROOT))) {
        String k = f.toUpperCase(Locale.ROOT);
        String had = mixed.get(k);
        if (had == null || had.compareTo(f) > 0) {
          mixed.put(k, f);
        }
      }
    }
    List<Input> out = new ArrayList<>(mentions.size());
    for (Input m : mentions) {
      String to = mixed.get(m.form());
      out.add(
          to == null || !m.form().chars().anyMatch(Character::isLetter)
              ? m
              : new Input(
                  m.id(), m.doc(), m.sentence(), to, m.type(), m.role(), m.before(), m.after()));
    }
    return out;
  }

  /**
   * A place and the same name with a qualifying word before it ("Britain" / "Great Britain") are
   * one place, unless the corpus shows them to be two: the qualifier makes other place names too
   * ("New York", "New England"), or the name takes another qualifier ("North Carolina", "South
   * Carolina"), or the qualifier is a place's name ("Galena District", "American Republic"), or the
   * two are named in one sentence ("from England to New England"). Returns the pairs of heads
   * (index of the qualified one, index of the bare one) to join.
   */
  static List<int[]> qualifiedPlaces(
      List<String> heads, List<Input> ms, Map<String, String> headOf) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < heads.size(); i++) {
      index.putIfAbsent(heads.get(i).toLowerCase(Locale.ROOT), i);
    }
    Set<String> oneWord = new HashSet<>();
    for (String h : heads) {
      if (!h.contains(" ") && h.length() >= 4) {
        oneWord.add(h.toLowerCase(Locale.ROOT));
      }
    }
    Map<String, Set<String>> placesOfQualifier = new HashMap<>();
    Map<String, Set<String>> qualifiersOfRest = new HashMap<>();
    for (String h : heads) {
      int sp = qualifierEnd(h);
      if (sp > 0 && Character.isUpperCase(h.codePointAt(0))) {
        String q = h.substring(0, sp).toLowerCase(Locale.ROOT);
        String rest = h.substring(sp + 1).toLowerCase(Locale.ROOT);
        placesOfQualifier.computeIfAbsent(q, x -> new TreeSet<>()).add(rest);
        qualifiersOfRest.computeIfAbsent(rest, x -> new TreeSet<>()).add(q);
      }
    }
    Map<String, Set<String>> sentencesOf = new HashMap<>();
    for (Input m : ms) {
      String h = headOf.get(m.form());
      if (h != null) {
        sentencesOf
            .computeIfAbsent(h.toLowerCase(Locale.ROOT), x -> new HashSet<>())
            .add(m.doc() + "|" + m.sentence());
      }
    }
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < heads.size(); i++) {
      String h = heads.get(i);
      int sp = qualifierEnd(h);
      if (sp <= 0 || !Character.isUpperCase(h.codePointAt(0))) {
        continue;
      }
      String q = h.substring(0, sp).toLowerCase(Locale.ROOT);
      String rest = h.substring(sp + 1).toLowerCase(Locale.ROOT);
      Integer bare = index.get(rest);
      // a qualifier that is (or is made from) a place's name makes a part of that place:
      // "Galena District" is not the District, "American Republic" not any Republic
      boolean qualifierIsAName = false;
      for (int k = 4; k <= q.length(); k++) {
        qualifierIsAName |= oneWord.contains(q.substring(0, k));
      }
      if (bare == null
          || qualifierIsAName
          || rest.contains(" ")
          || placesOfQualifier.get(q).size() > 1
          || qualifiersOfRest.get(rest).size() > 1) {
        continue;
      }
      Set<String> a = sentencesOf.getOrDefault(h.toLowerCase(Locale.ROOT), Set.of());
      Set<String> b = sentencesOf.getOrDefault(rest, Set.of());
      if (a.stream().noneMatch(b::contains)) {
        out.add(new int[] {i, bare});
      }
    }
    return out;
  }

  /**
   * Where the first word of a place's name ends, before a space or a hyphen ("Great Britain",
   * "Great-Britain", "New-York"), when a capitalised word follows; else -1.
   */
  private static int qualifierEnd(String h) {
    for (int i = 1; i + 1 < h.length(); i++) {
      char c = h.charAt(i);
      if (c == ' ' || c == '-') {
        return Character.isUpperCase(h.codePointAt(i + 1)) ? i : -1;
      }
    }
    return -1;
  }

  /** Resolves the mentions of one surname (or one name) group. */
  private void resolveGroup(
      EntityType type,
      List<Input> ms,
      Map<String, VariantKeys.Name> parsed,
      List<Cluster> anchors,
      List<Cluster> clusters,
      Map<Long, Cluster> of) {
    List<Cluster> local = new ArrayList<>(anchors);
    if (type != EntityType.PERSON) {
      resolveOneName(type, ms, parsed, local, clusters, of);
      return;
    }
    List<Input> ambiguous = resolveBySignature(type, ms, parsed, local, clusters, of);
    if (ambiguous.isEmpty()) {
      return;
    }
    List<Cluster> candidates = new ArrayList<>(local);
    if (candidates.isEmpty()) {
      Cluster c = new Cluster(type, null);
      clusters.add(c);
      for (Input m : ambiguous) {
        of.put(m.id(), c);
      }
      return;
    }
    if (candidates.size() == 1) {
      for (Input m : ambiguous) {
        if (!candidates.get(0).refuses(m.form())) {
          of.put(m.id(), candidates.get(0));
        }
      }
      return;
    }
    resolveShared(ms, ambiguous, parsed, candidates, of);
  }

  /**
   * A group of another type than person is one entity; with several authority entries, each form
   * goes to the nearest.
   */
  private static void resolveOneName(
      EntityType type,
      List<Input> ms,
      Map<String, VariantKeys.Name> parsed,
      List<Cluster> local,
      List<Cluster> clusters,
      Map<Long, Cluster> of) {
    Cluster auto = null;
    for (Input m : ms) {
      Cluster target = local.isEmpty() ? null : nearest(m, parsed.get(m.form()).key(), local);
      if (target == null) {
        if (auto == null) {
          auto = new Cluster(type, null);
          clusters.add(auto);
        }
        target = auto;
      }
      of.put(m.id(), target);
    }
  }

  /** The cluster with a name nearest in OCR distance to the key, among those not refusing it. */
  private static Cluster nearest(Input m, String key, List<Cluster> local) {
    Cluster target = null;
    double best = Double.MAX_VALUE;
    for (Cluster c : local) {
      if (c.refuses(m.form())) {
        continue;
      }
      for (VariantKeys.Name n : c.names) {
        double d = VariantKeys.ocrDistance(key, n.key(), 3);
        if (d < best) {
          best = d;
          target = c;
        }
      }
    }
    return target;
  }

  /**
   * Resolves a surname's persons by their distinct given-name signatures, most specific and most
   * frequent first; returns the mentions that fit several (or have no given name), undecided.
   */
  private static List<Input> resolveBySignature(
      EntityType type,
      List<Input> ms,
      Map<String, VariantKeys.Name> parsed,
      List<Cluster> local,
      List<Cluster> clusters,
      Map<Long, Cluster> of) {
    Map<String, List<Input>> bySig = new TreeMap<>();
    Map<String, Integer> sigCount = new HashMap<>();
    Map<String, VariantKeys.Name> sigName = new HashMap<>();
    Map<String, Input> sigInput = new HashMap<>();
    for (Input m : ms) {
      VariantKeys.Name n = parsed.get(m.form());
      String sig = marks(m, n) + signature(n);
      bySig.computeIfAbsent(sig, s -> new ArrayList<>()).add(m);
      sigCount.merge(sig, 1, Integer::sum);
      sigName.putIfAbsent(sig, n);
      sigInput.putIfAbsent(sig, m);
    }
    List<String> sigs = new ArrayList<>(bySig.keySet());
    sigs.remove("");
    sigs.sort(
        Comparator.<String, Boolean>comparing(s -> !sigName.get(s).hasFullGiven())
            .thenComparing(s -> -sigName.get(s).given().size())
            .thenComparing(s -> -sigCount.get(s))
            .thenComparing(s -> s));
    List<Input> ambiguous = new ArrayList<>();
    for (String sig : sigs) {
      VariantKeys.Name n = sigName.get(sig);
      Input first = sigInput.get(sig);
      List<Cluster> fits = new ArrayList<>();
      for (Cluster c : local) {
        if (!c.refuses(n.clean()) && compatible(n.given(), c) && !conflicts(first, n, c)) {
          fits.add(c);
        }
      }
      if (fits.size() == 1) {
        assign(fits.get(0), n, bySig.get(sig), of);
      } else if (fits.isEmpty()) {
        Cluster c = new Cluster(type, null);
        clusters.add(c);
        local.add(c);
        assign(c, n, bySig.get(sig), of);
      } else {
        ambiguous.addAll(bySig.get(sig));
      }
    }
    ambiguous.addAll(bySig.getOrDefault("", List.of()));
    return ambiguous;
  }

  /**
   * Several people share the surname: context decides, then frequency in the document, then in the
   * corpus.
   */
  private static void resolveShared(
      List<Input> ms,
      List<Input> ambiguous,
      Map<String, VariantKeys.Name> parsed,
      List<Cluster> candidates,
      Map<Long, Cluster> of) {
    Map<Cluster, Integer> corpus = new HashMap<>();
    Map<String, Map<Cluster, Integer>> perDoc = new HashMap<>();
    Map<String, List<Input>> decided = new HashMap<>();
    for (Input m : ms) {
      Cluster c = of.get(m.id());
      if (c != null && candidates.contains(c)) {
        corpus.merge(c, 1, Integer::sum);
        perDoc.computeIfAbsent(m.doc(), d -> new HashMap<>()).merge(c, 1, Integer::sum);
        decided.computeIfAbsent(m.doc(), d -> new ArrayList<>()).add(m);
      }
    }
    for (Input m : ambiguous) {
      List<Cluster> allowed = allowed(m, parsed.get(m.form()), candidates, corpus);
      if (allowed.isEmpty()) {
        continue;
      }
      Cluster pick = nearestInContext(m, allowed, decided.getOrDefault(m.doc(), List.of()), of);
      if (pick == null) {
        pick = mostFrequent(allowed, perDoc.getOrDefault(m.doc(), Map.of()));
      }
      if (pick == null) {
        pick = onlyDeclared(allowed);
      }
      if (pick == null) {
        pick = mostFrequent(allowed, corpus);
      }
      if (pick == null) {
        pick = allowed.get(0);
      }
      of.put(m.id(), pick);
    }
  }

  /**
   * The candidates a bare or ambiguous name may be: those not refusing it and compatible in given
   * names (empty when none is), narrowed to those spelling it so when only some do, and to those
   * not dwarfed in the corpus by another.
   */
  private static List<Cluster> allowed(
      Input m, VariantKeys.Name name, List<Cluster> candidates, Map<Cluster, Integer> corpus) {
    List<Cluster> allowed = new ArrayList<>();
    for (Cluster c : candidates) {
      if (!c.refuses(m.form()) && compatible(name.given(), c) && !conflicts(m, name, c)) {
        allowed.add(c);
      }
    }
    if (allowed.isEmpty()) {
      return allowed;
    }
    // a surname spelt as only one of them spells it is his: "Douglas" is Stephen A. Douglas,
    // not Fred Douglass
    String spelt = name.surname().toLowerCase(Locale.ROOT);
    List<Cluster> sameSpelling = new ArrayList<>();
    for (Cluster c : allowed) {
      if (c.surnames.contains(spelt)) {
        sameSpelling.add(c);
      }
    }
    if (!sameSpelling.isEmpty() && sameSpelling.size() < allowed.size()) {
      allowed = sameSpelling;
    }
    // a full name met once does not take the bare surnames around it from the person the
    // surname names overwhelmingly ("Maximilien Lenin", a jibe, beside V. I. Lenin)
    int most = 0;
    for (Cluster c : allowed) {
      most = Math.max(most, corpus.getOrDefault(c, 0));
    }
    final int max = most;
    // a person the authority file declares is never dwarfed: the historian named him
    allowed.removeIf(c -> c.entry == null && corpus.getOrDefault(c, 0) * DOMINANCE < max);
    return allowed;
  }

  /**
   * Where neither the sentences around a bare surname nor its document name any of its bearers, the
   * one the authority file declares is meant ("General Jackson" among the famous, not the delegate
   * W. M. Jackson of another document's list): null unless exactly one is declared.
   */
  private static Cluster onlyDeclared(List<Cluster> allowed) {
    Cluster declared = null;
    for (Cluster c : allowed) {
      if (c.entry != null) {
        if (declared != null) {
          return null;
        }
        declared = c;
      }
    }
    return declared;
  }

  /**
   * The allowed person named nearest before or after (within {@link #CONTEXT} sentences) in the
   * document, the earlier on a tie; null when none is.
   */
  private static Cluster nearestInContext(
      Input m, List<Cluster> allowed, List<Input> decided, Map<Long, Cluster> of) {
    Cluster pick = null;
    int bestDist = CONTEXT + 1;
    for (Input d : decided) {
      Cluster c = of.get(d.id());
      int dist = Math.abs(d.sentence() - m.sentence());
      if (allowed.contains(c)
          && (dist < bestDist || dist == bestDist && d.sentence() < m.sentence())) {
        bestDist = dist;
        pick = c;
      }
    }
    return pick;
  }

  private static Cluster mostFrequent(List<Cluster> allowed, Map<Cluster, Integer> counts) {
    Cluster best = null;
    int n = 0;
    for (Cluster c : allowed) {
      int k = counts.getOrDefault(c, 0);
      if (k > n) {
        n = k;
        best = c;
      }
    }
    return best;
  }

  private static boolean compatible(List<VariantKeys.Given> given, Cluster c) {
    if (c.givens.isEmpty() || given.isEmpty()) {
      return true;
    }
    for (List<VariantKeys.Given> g : c.givens) {
      if (VariantKeys.furtherGiven(given, g)) {
        return false; // John Adams is not the John Quincy Adams (or John Q. Adams) of a cluster
      }
    }
    for (List<VariantKeys.Given> g : c.givens) {
      if (VariantKeys.compatibleGiven(given, g)) {
        return true;
      }
    }
    return false;
  }

  private static void assign(Cluster c, VariantKeys.Name n, List<Input> ms, Map<Long, Cluster> of) {
    c.surnames.add(n.surname().toLowerCase(Locale.ROOT));
    Input one = ms.get(0);
    PersonMarks.Sex sex = PersonMarks.sex(one.before(), one.form());
    if (c.sex == PersonMarks.Sex.NONE) {
      c.sex = sex;
    }
    String gen = PersonMarks.generation(one.before(), one.form(), one.after());
    if (c.generation == null && (!n.given().isEmpty() || !gen.isEmpty())) {
      c.generation = gen;
    }
    // a cluster is known by its spelled-out given names, or by its first initials
    if (!n.given().isEmpty() && (n.hasFullGiven() || c.givens.isEmpty())) {
      c.givens.add(n.given());
    }
    for (Input m : ms) {
      of.put(m.id(), c);
    }
  }

  /**
   * What keeps apart persons of one surname beside their given names: the sex a title or given name
   * shows ("F:" for "Mrs. Brown", "M:" for "Mr. Brown") and a generational suffix ("g2:" for "John
   * Brown, Jr."); empty when neither is written.
   */
  private static String marks(Input m, VariantKeys.Name n) {
    PersonMarks.Sex sex = PersonMarks.sex(m.before(), m.form());
    String gen = PersonMarks.generation(m.before(), m.form(), m.after());
    return (sex == PersonMarks.Sex.FEMALE ? "F:" : sex == PersonMarks.Sex.MALE ? "M:" : "")
        + (gen.isEmpty() ? "" : "g" + gen + ":");
  }

  /**
   * Whether the mention cannot be the cluster's person: a woman's title or name against a man's
   * (Mrs. Brown is not Thomas Brown, nor Mr. Brown); a woman's title and surname alone against a
   * person whose given names are spelt out but show no sex (Mrs. Brown is no Deodat Brown: a woman
   * named so is his wife or widow, and joins only a woman); or a generation other than the one the
   * cluster's full names were written with (John Brown, Jr. is not John Brown, nor John Brown, Sr.;
   * a bare "Brown" shows none and may be either).
   */
  private static boolean conflicts(Input m, VariantKeys.Name n, Cluster c) {
    PersonMarks.Sex sex = PersonMarks.sex(m.before(), m.form());
    if (sex != PersonMarks.Sex.NONE && c.sex != PersonMarks.Sex.NONE && sex != c.sex) {
      return true;
    }
    if (sex == PersonMarks.Sex.FEMALE
        && n.given().isEmpty()
        && c.sex != PersonMarks.Sex.FEMALE
        && c.givens.stream().anyMatch(g -> g.stream().anyMatch(x -> !x.initial()))) {
      return true; // Mrs. Brown is the wife of Deodat Brown, whose given name shows no sex
    }
    String gen = PersonMarks.generation(m.before(), m.form(), m.after());
    return c.generation != null
        && (!n.given().isEmpty() || !gen.isEmpty())
        && !gen.equals(c.generation);
  }

  private static String signature(VariantKeys.Name n) {
    StringBuilder b = new StringBuilder();
    for (VariantKeys.Given g : n.given()) {
      b.append(g.initial() ? g.key().isEmpty() ? "?" : g.key().substring(0, 1) + "." : g.key())
          .append(' ');
    }
    return b.toString().strip();
  }

  private static String head(VariantKeys.Name n, EntityType type) {
    return type == EntityType.PERSON && !n.acronym() ? n.surname() : n.clean();
  }

  private static List<EntityType> preferred(EntityType t) {
    List<EntityType> out = new ArrayList<>();
    out.add(t);
    out.add(EntityType.PERSON);
    for (EntityType x : EntityType.values()) {
      if (!out.contains(x)) {
        out.add(x);
      }
    }
    return out;
  }

  /**
   * The canonical name: the most frequent form with a given name spelled out, else the most
   * frequent form; ties go to the form closest in spelling to all the others (Zinoviev among
   * Zinovieff and Zinovier), then the shorter, then the first in alphabetical order.
   */
  static String canonical(Cluster c) {
    if (c.entry != null) {
      return c.entry.name();
    }
    return central(c, c.type == EntityType.PERSON);
  }

  private static String central(Cluster c, boolean preferFull) {
    List<String> best = new ArrayList<>();
    int n = -1;
    boolean full = false;
    for (Map.Entry<String, Integer> e : c.cleanCounts.entrySet()) {
      boolean f = preferFull && VariantKeys.parse(e.getKey(), c.type).hasFullGiven();
      if (best.isEmpty() || f && !full || f == full && e.getValue() > n) {
        best.clear();
        n = e.getValue();
        full = f;
      }
      if (f == full && e.getValue() == n) {
        best.add(e.getKey());
      }
    }
    if (best.isEmpty()) {
      return "?";
    }
    String pick = null;
    double pickSum = 0;
    for (String x : best) {
      String kx = VariantKeys.parse(x, c.type).key();
      double sum = 0;
      for (Map.Entry<String, Integer> e : c.cleanCounts.entrySet()) {
        sum +=
            e.getValue()
                * VariantKeys.ocrDistance(kx, VariantKeys.parse(e.getKey(), c.type).key(), 50);
      }
      if (pick == null || sum < pickSum || sum == pickSum && x.length() < pick.length()) {
        pick = x;
        pickSum = sum;
      }
    }
    return pick;
  }

  /** For an automatic id: a person's surname, another entity's most frequent form. */
  private static String shortName(Cluster c) {
    if (c.type != EntityType.PERSON) {
      return central(c, false);
    }
    return VariantKeys.parse(canonical(c), EntityType.PERSON).surname();
  }

  static String slug(String s) {
    String a =
        VariantKeys.ascii(s.replace(".", ""))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    a = a.replaceAll("^-+|-+$", "");
    return a.isEmpty() ? "x" : a;
  }

  private static int find(int[] p, int i) {
    while (p[i] != i) {
      p[i] = p[p[i]];
      i = p[i];
    }
    return i;
  }
}
