<?xml version="1.0" encoding="utf-8"?>
<!-- Gives the harvested appsettings.json a fixed file id so AppSettings.wxs can rewrite it. -->
<xsl:stylesheet version="1.0"
                xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:wix="http://wixtoolset.org/schemas/v4/wxs">
  <xsl:output method="xml" indent="yes" />

  <xsl:template match="@* | node()">
    <xsl:copy>
      <xsl:apply-templates select="@* | node()" />
    </xsl:copy>
  </xsl:template>

  <xsl:template match="wix:File[@Source='$(var.PublishDir)\appsettings.json']/@Id">
    <xsl:attribute name="Id">AppSettingsJson</xsl:attribute>
  </xsl:template>
</xsl:stylesheet>
