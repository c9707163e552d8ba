#pragma once
// One search field over routes, places, operators, figures and article text: results
// appear under the field as you type; Up/Down move, Enter chooses, Esc closes.

#include "atlas_search.h"

#include <QLineEdit>

class QListWidget;

namespace corridor {

class SearchBox : public QLineEdit {
    Q_OBJECT
public:
    SearchBox(std::shared_ptr<const Atlas> atlas, QWidget *parent = nullptr);

    /// \brief The results list (a popup under the field); exposed for tests.
    QListWidget *resultsList() const { return mList; }
    const QList<SearchResult> &results() const { return mResults; }

signals:
    void resultChosen(const SearchResult &result);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateResults(const QString &text);
    void choose(int row);
    void showPopup();

    AtlasSearch mSearch;
    QList<SearchResult> mResults;
    QListWidget *mList;
};

} // namespace corridor
