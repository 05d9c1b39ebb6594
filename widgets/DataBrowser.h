#pragma once
// widgets/DataBrowser: the "Data" tree of opened sources — TIFF files (pages, shape, dtype), TIFF folders (their
// files), HDF5 files (groups and datasets with shape, dtype, chunking; attributes in the tool tip; DXchange scans with
// their projections / flats / darks / angles labelled and counted) and watched folders (files listed as they become
// complete, see FolderWatcher). Only headers are read. Asks for opening through signals; owns only its items.
#include <QString>
#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace xrs::widgets {

class DataBrowser : public QWidget {
    Q_OBJECT
public:
    enum Column { NameColumn, ShapeColumn, TypeColumn, DetailsColumn };
    enum class ItemKind { TiffFile, TiffFolder, Hdf5File, Hdf5Group, Hdf5Dataset, Hdf5Other, WatchedFolder, File };
    enum Role { PathRole = 0x0100 + 1, DatasetRole, KindRole, OpenableRole };

    explicit DataBrowser(QWidget* parent = nullptr);

    // Adds a TIFF file, TIFF folder or HDF5 file as a top-level entry (an entry for the same path is rebuilt).
    // Returns the entry, or nullptr with the reason in *error when its headers cannot be read.
    QTreeWidgetItem* addSource(const QString& path, QString* error = nullptr);
    // A folder whose files arrive one by one (addWatchedFile).
    QTreeWidgetItem* addWatchedFolder(const QString& dir);
    // Lists a complete file under its watched folder (TIFF/HDF5 headers shown when readable).
    QTreeWidgetItem* addWatchedFile(const QString& dir, const QString& file);
    void removeSource(const QString& path);

    // The item for a file (and dataset), nullptr when not listed.
    QTreeWidgetItem* findItem(const QString& path, const QString& dataset = {}) const;
    QStringList sources() const;  // top-level paths in order
    QTreeWidget* tree() const { return m_tree; }

    // What the context menu and a double click do with an item.
    void open(QTreeWidgetItem* item, bool newPane);
    void openAsVolume(QTreeWidgetItem* item);
    void copyPath(QTreeWidgetItem* item) const;
    static bool isOpenable(const QTreeWidgetItem* item);

signals:
    // A file (dataset empty) or an HDF5 dataset to show in a pane; newPane: even when a pane already shows it.
    void openRequested(const QString& path, const QString& dataset, bool newPane);
    void openVolumeRequested(const QString& path, const QString& dataset);
    // A top-level entry was removed (a watched folder: stop watching it).
    void sourceRemoved(const QString& path);

private:
    void showContextMenu(const QPoint& pos);
    int topLevelIndex(const QString& path) const;

    QTreeWidget* m_tree = nullptr;  // Qt child
};

}  // namespace xrs::widgets
