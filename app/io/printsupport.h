#pragma once

// What the printed documents share: place names, the fonts and names every document starts
// from, the audit of full numbers, the last layout step. Internal to linli_io.

#include "printdocument.h"
#include "printing.h"
#include "register/placerepository.h"

#include <QHash>

namespace linli::printsupport {

// The Chinese label of a code, whatever the UI language.
QString label(const QList<Choice> &choices, const QString &code);
Error cancelled();

// Names of grids and their communities, read once per document.
class PlaceNames
{
public:
    explicit PlaceNames(Database &db) : m_places(db) { }

    Status load()
    {
        auto communities = m_places.communities();
        if (!communities)
            return communities.error();
        for (const Community &c : communities.value()) {
            m_communities.insert(c.meta.id, c.name);
            auto grids = m_places.grids(c.meta.id);
            if (!grids)
                return grids.error();
            for (const Grid &g : grids.value()) {
                m_grids.insert(g.meta.id, g.name);
                m_communityOfGrid.insert(g.meta.id, c.meta.id);
            }
        }
        return Status();
    }
    QString grid(qint64 id) const { return m_grids.value(id); }
    QString communityOfGrid(qint64 gridId) const { return m_communities.value(m_communityOfGrid.value(gridId)); }
    QString community(qint64 id) const { return m_communities.value(id); }
    // 社区 and 网格 of a grid; with no grid, the register's community (全部 with several) unless
    // `orNothing`.
    QStringList scope(qint64 gridId, bool orNothing = false) const
    {
        if (gridId)
            return {QStringLiteral("社区：") + communityOfGrid(gridId), QStringLiteral("网格：") + grid(gridId)};
        if (orNothing)
            return {};
        return {QStringLiteral("社区：")
                + (m_communities.size() == 1 ? m_communities.cbegin().value() : QStringLiteral("全部"))};
    }
    PlaceRepository &repository() { return m_places; }

private:
    PlaceRepository m_places;
    QHash<qint64, QString> m_communities;
    QHash<qint64, QString> m_grids;
    QHash<qint64, qint64> m_communityOfGrid;
};

// What every document starts from: the print fonts and the names of the places.
Status prepare(PrintFonts *fonts, PlaceNames &names);
// Full numbers on paper are an audited act, recorded before the document is made.
Status recordFullNumbers(Database &db, const PrintOptions &options, const QString &document, const QString &scope,
                         const QString &table = QStringLiteral("document"), qint64 recordId = 0,
                         const QString &recordUuid = {});
// 2026年3月1日—2026年4月30日, or 起/截至 one of them; empty with neither.
QString dateRange(const QDate &from, const QDate &to);
// Lays the document out, reporting it as the last step of the progress.
Result<Printing::Document> finish(Printing::Document document, const DocumentHtml &html, const PrintOptions &options,
                                  int done, int total);

} // namespace linli::printsupport
