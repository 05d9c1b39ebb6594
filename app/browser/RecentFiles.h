#pragma once
// app/browser/RecentFiles: the File → Open Recent list: the last opened paths (10 unless the preferences say otherwise) (files, folders, comparison folders),
// newest first, kept in QSettings ("browser/recentFiles"). The menu is rebuilt each time it is shown: paths that no
// longer exist are greyed out and can be removed; "Clear" empties the list. Owns its menu's actions.
#include <QObject>
#include <QStringList>

class QMenu;

namespace xrs::app {

class RecentFiles : public QObject {
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;  // default length
    static int maxEntries();                 // the preferred length (0..30)

    explicit RecentFiles(QObject* parent = nullptr);

    // Moves (or adds) the path to the top and saves the list.
    void add(const QString& path);
    void remove(const QString& path);
    void removeMissing();
    void clear();
    QStringList files() const;  // newest first, as stored

    // A menu that lists the entries when shown; choosing one emits openRequested().
    QMenu* createMenu(QWidget* parent);
    void fillMenu(QMenu* menu);

signals:
    void openRequested(const QString& path);
    void changed();

private:
    void save(const QStringList& files);
};

}  // namespace xrs::app
