<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sverka's TEI export as one HTML page, for reading it in a browser (XSLT 3.0, e.g. Saxon-HE:
  java -jar Saxon-HE.jar -s:DOC.xml -xsl:docs/tei/tei-to-html.xsl -o:DOC.html).
  The text keeps its characters and line breaks (white-space: pre-wrap); line numbers come from
  CSS, so the page's text is the document's text. Names link to the entity list with its Wikidata
  ids, quotations to the line of their source, reuse to the other side.
-->
<xsl:stylesheet version="3.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:tei="http://www.tei-c.org/ns/1.0"
    xmlns:xs="http://www.w3.org/2001/XMLSchema"
    xmlns:math="http://www.w3.org/2005/xpath-functions/math"
    xmlns:s="urn:sverka:xslt"
    exclude-result-prefixes="tei xs math s">
  <xsl:output method="html" html-version="5" encoding="UTF-8" indent="no"/>

  <xsl:key name="id" match="*[@xml:id]" use="@xml:id"/>

  <xsl:template match="/tei:TEI">
    <html lang="en">
      <head>
        <meta charset="utf-8"/>
        <title><xsl:value-of select="tei:teiHeader//tei:titleStmt/tei:title"/></title>
        <style>
          body { font: 15px/1.45 Georgia, serif; margin: 2em auto; max-width: 60em; color: #222; }
          header dl { display: grid; grid-template-columns: max-content auto; gap: .2em 1em; }
          dt { color: #666; }
          .text { white-space: pre-wrap; font-family: "DejaVu Sans Mono", monospace; font-size: 13px; }
          .ln::before { content: attr(data-n); display: inline-block; width: 4em; color: #aaa; user-select: none; }
          .persName { background: #dbeafe; } .placeName { background: #dcfce7; }
          .orgName { background: #fef3c7; } .title { font-style: italic; background: #f3e8ff; }
          .rs { border-bottom: 1px dotted #555; }
          .date { border-bottom: 2px solid #0891b2; } .num, .measure { border-bottom: 2px solid #c2410c; }
          .quote { background: #fee2e2; quotes: none; } .reuse { outline: 1px dashed #7c3aed; }
          a { color: inherit; text-decoration: none; }
          section.entities li { margin: .1em 0; }
        </style>
      </head>
      <body>
        <header>
          <h1><xsl:value-of select="tei:teiHeader//tei:titleStmt/tei:title"/></h1>
          <dl>
            <xsl:for-each select="tei:teiHeader//tei:sourceDesc/tei:bibl/(tei:author, tei:date, tei:note)">
              <dt><xsl:value-of select="(@type, local-name())[1]"/></dt>
              <dd><xsl:value-of select="."/></dd>
            </xsl:for-each>
          </dl>
        </header>
        <main>
          <div class="text"><xsl:apply-templates select="tei:text/tei:body/tei:ab/node()"/></div>
        </main>
        <xsl:apply-templates select="tei:standOff"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="tei:lb">
    <span class="ln" id="{@xml:id}" data-n="{@n}"/>
  </xsl:template>

  <xsl:template match="tei:g[@type = 'control']">
    <xsl:value-of select="codepoints-to-string(xs:integer(s:hex(substring(@n, 3))))"/>
  </xsl:template>

  <xsl:function name="s:hex" as="xs:integer">
    <xsl:param name="h" as="xs:string"/>
    <xsl:sequence select="sum(for $i in 1 to string-length($h) return
        (string-length(substring-before('0123456789ABCDEF', substring($h, $i, 1)))
         * xs:integer(math:pow(16, string-length($h) - $i))))"/>
  </xsl:function>

  <xsl:template match="tei:persName | tei:placeName | tei:orgName | tei:title | tei:rs">
    <xsl:variable name="entity" select="key('id', substring-after(@ref, '#'))"/>
    <a class="{local-name()}" href="{@ref}" title="{($entity/*[1], local-name())[1]}">
      <xsl:apply-templates/>
    </a>
  </xsl:template>

  <xsl:template match="tei:date">
    <time class="date" datetime="{(@when, @notBefore)[1]}"
        title="{string-join((@when, @notBefore, @notAfter, @cert), ' ')}">
      <xsl:apply-templates/>
    </time>
  </xsl:template>

  <xsl:template match="tei:num | tei:measure">
    <span class="{local-name()}" title="{string-join((@value, @quantity, @atLeast, @atMost, @unit), ' ')}">
      <xsl:apply-templates/>
    </span>
  </xsl:template>

  <xsl:template match="tei:cit">
    <xsl:apply-templates/>
  </xsl:template>

  <xsl:template match="tei:quote">
    <q class="quote" cite="{@source}" title="{replace(@ana, '#verdict-', '')}">
      <xsl:apply-templates/>
    </q>
  </xsl:template>

  <xsl:template match="tei:seg[@type = 'reuse']">
    <span class="reuse" title="{@subtype} {@corresp}"><xsl:apply-templates/></span>
  </xsl:template>

  <xsl:template match="tei:standOff">
    <section class="entities">
      <h2>Named in this document</h2>
      <ul>
        <xsl:for-each select="*/*">
          <li id="{@xml:id}">
            <xsl:value-of select="*[1]"/>
            <xsl:if test="tei:idno[@type = 'wikidata']">
              <xsl:text> (</xsl:text>
              <a href="https://www.wikidata.org/wiki/{tei:idno[@type = 'wikidata']}">
                <xsl:value-of select="tei:idno[@type = 'wikidata']"/>
              </a>
              <xsl:text>)</xsl:text>
            </xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </section>
  </xsl:template>
</xsl:stylesheet>
