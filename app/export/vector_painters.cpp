#include "vector_painters.h"

#include <QDateTime>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QXmlStreamWriter>

#include <cmath>

namespace corridor {

bool paintSvg(const MapRenderer &renderer, const SnapshotRequest &request, const SnapshotMetadata &metadata,
              QIODevice *device, QString *error)
{
    const QSize px = request.view.sizePx();
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(px);
    svg.setViewBox(QRect(QPoint(0, 0), px));
    svg.setResolution(int(std::lround(request.view.dpi())));
    svg.setTitle(metadata.title);
    svg.setDescription(metadata.description());
    QPainter painter;
    if (!painter.begin(&svg)) {
        *error = QStringLiteral("cannot write: the SVG generator did not start");
        return false;
    }
    renderer.render(painter, request.view, request.options);
    painter.end();
    return true;
}

bool paintPdf(const MapRenderer &renderer, const SnapshotRequest &request, const SnapshotMetadata &metadata,
              QIODevice *device, QString *error)
{
    const QSizeF pageMm = request.pageSizeMm();
    QPdfWriter pdf(device);
    pdf.setResolution(int(std::lround(request.view.dpi())));
    pdf.setTitle(metadata.title);
    pdf.setCreator(metadata.software);
    pdf.setDocumentXmpMetadata(snapshotXmp(metadata));
    // A landscape size is given as such, not as a portrait page turned: the MediaBox then
    // reads width × height exactly as asked.
    const QPageSize pageSize(pageMm, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    if (!pdf.setPageLayout(QPageLayout(pageSize, QPageLayout::Portrait, QMarginsF(), QPageLayout::Millimeter))) {
        *error = QStringLiteral("cannot write: PDF page size %1 × %2 mm refused").arg(pageMm.width()).arg(pageMm.height());
        return false;
    }
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = QStringLiteral("cannot write: the PDF writer did not start");
        return false;
    }
    // The page in device units is the pixel size up to rounding: map the view onto it exactly.
    const QRect page = pdf.pageLayout().fullRectPixels(pdf.resolution());
    const QSize px = request.view.sizePx();
    painter.scale(double(page.width()) / px.width(), double(page.height()) / px.height());
    renderer.render(painter, request.view, request.options);
    painter.end();
    return true;
}

QByteArray snapshotXmp(const SnapshotMetadata &metadata)
{
    QByteArray xmp;
    QXmlStreamWriter xml(&xmp);
    xml.setAutoFormatting(true);
    xml.writeProcessingInstruction(QStringLiteral("xpacket"),
                                   QStringLiteral("begin=\"%1\" id=\"W5M0MpCehiHzreSzNTczkc9d\"").arg(QChar(0xFEFF)));
    xml.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    xml.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));
    xml.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    xml.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    const QString rdf = QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#");
    const QString dc = QStringLiteral("http://purl.org/dc/elements/1.1/");
    auto alt = [&](const QString &name, const QString &text) {
        xml.writeStartElement(dc, name);
        xml.writeStartElement(rdf, QStringLiteral("Alt"));
        xml.writeStartElement(rdf, QStringLiteral("li"));
        xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("adobe:ns:meta/"), QStringLiteral("xmpmeta"));
    xml.writeStartElement(rdf, QStringLiteral("RDF"));
    xml.writeStartElement(rdf, QStringLiteral("Description"));
    xml.writeAttribute(rdf, QStringLiteral("about"), QString());
    alt(QStringLiteral("title"), metadata.title);
    // dc:description is XMP's counterpart of the PDF Info "Subject" entry.
    alt(QStringLiteral("description"), metadata.description());
    xml.writeTextElement(dc, QStringLiteral("source"), metadata.sourcesLine());
    xml.writeStartElement(dc, QStringLiteral("rights"));
    xml.writeStartElement(rdf, QStringLiteral("Alt"));
    xml.writeStartElement(rdf, QStringLiteral("li"));
    xml.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    xml.writeCharacters(QStringLiteral("Basemap: ") + metadata.basemap);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("CreatorTool"), metadata.software);
    xml.writeTextElement(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("CreateDate"),
                         QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    xml.writeTextElement(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("Keywords"),
                         metadata.statusLine());
    xml.writeEndElement(); // Description
    xml.writeEndElement(); // RDF
    xml.writeEndElement(); // xmpmeta
    xml.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

} // namespace corridor
