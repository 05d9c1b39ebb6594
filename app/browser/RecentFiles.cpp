// app/browser/RecentFiles: the recent files list and its menu (see the header).
#include "RecentFiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

#include <algorithm>

namespace xrs::app {

namespace {
constexpr auto kKey = "browser/recentFiles";
}

RecentFiles::RecentFiles(QObject* parent) : QObject(parent) {}

int RecentFiles::maxEntries()
{
    // The length is a preference (Edit → Preferences, app/session/Preferences: "recent/count").
    return std::clamp(QSettings().value(QStringLiteral("recent/count"), kMaxEntries).toInt(), 0, 30);
}

QStringList RecentFiles::files() const
{
    return QSettings().value(QLatin1String(kKey)).toStringList();
}

void RecentFiles::save(const QStringList& files)
{
    QSettings settings;
    settings.setValue(QLatin1String(kKey), files.mid(0, maxEntries()));
    settings.sync();
    emit changed();
}

void RecentFiles::add(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = files();
    list.removeAll(absolute);
    list.prepend(absolute);
    save(list);
}

void RecentFiles::remove(const QString& path)
{
    QStringList list = files();
    list.removeAll(path);
    save(list);
}

void RecentFiles::removeMissing()
{
    QStringList list = files();
    list.removeIf([](const QString& f) { return !QFileInfo::exists(f); });
    save(list);
}

void RecentFiles::clear()
{
    save({});
}

QMenu* RecentFiles::createMenu(QWidget* parent)
{
    auto* menu = new QMenu(tr("Open &Recent"), parent);
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fillMenu(menu); });
    fillMenu(menu);
    return menu;
}

void RecentFiles::fillMenu(QMenu* menu)
{
    menu->clear();
    const QStringList list = files();
    bool anyMissing = false;
    for (int i = 0; i < list.size(); ++i) {
        const QString& path = list[i];
        const QFileInfo info(path);
        const QString name = info.fileName().isEmpty() ? path : info.fileName();
        // &1 … &9, &0: keyboard access to the first ten.
        QAction* action = menu->addAction(QStringLiteral("&%1  %2").arg((i + 1) % 10).arg(name));
        action->setData(path);
        if (info.exists()) {
            action->setToolTip(QDir::toNativeSeparators(path));
            connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
        } else {
            anyMissing = true;
            action->setEnabled(false);  // greyed: the file was moved or deleted
            action->setToolTip(tr("%1 (missing)").arg(QDir::toNativeSeparators(path)));
        }
    }
    menu->setToolTipsVisible(true);
    if (list.isEmpty()) menu->addAction(tr("No recent files"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("&Remove Missing"), this, &RecentFiles::removeMissing)->setEnabled(anyMissing);
    menu->addAction(tr("&Clear"), this, &RecentFiles::clear)->setEnabled(!list.isEmpty());
}

}  // namespace xrs::app
