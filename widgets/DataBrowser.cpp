// widgets/DataBrowser: the tree of opened sources (see the header).
#include "DataBrowser.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <exception>
#include <memory>
#include <utility>

#include "core/Error.h"
#include "io/AtomicFile.h"
#include "io/Hdf5.h"
#include "io/StackSource.h"
#include "io/Tiff.h"

namespace xrs::widgets {

namespace {

std::filesystem::path toPath(const QString& path)
{
    return std::filesystem::path(QFile::encodeName(path).toStdString());
}

QString dimsText(const std::vector<std::int64_t>& dims)
{
    QStringList parts;
    for (const auto d : dims) parts << QString::number(d);
    return parts.join(QStringLiteral("\u00d7"));  // compact: the dock is narrow
}

QString shapeText(const Shape& s)
{
    return dimsText({s.frames, s.rows, s.cols});
}

void setKind(QTreeWidgetItem* item, DataBrowser::ItemKind kind, const QString& path, const QString& dataset = {})
{
    item->setData(DataBrowser::NameColumn, DataBrowser::KindRole, int(kind));
    item->setData(DataBrowser::NameColumn, DataBrowser::PathRole, path);
    item->setData(DataBrowser::NameColumn, DataBrowser::DatasetRole, dataset);
}

void setItemToolTip(QTreeWidgetItem* item, const QString& text)
{
    for (int c = 0; c < 4; ++c) item->setToolTip(c, text);
}

DataBrowser::ItemKind kindOf(const QTreeWidgetItem* item)
{
    return DataBrowser::ItemKind(item->data(DataBrowser::NameColumn, DataBrowser::KindRole).toInt());
}

}  // namespace

DataBrowser::DataBrowser(QWidget* parent) : QWidget(parent)
{
    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Name"), tr("Shape"), tr("Type"), tr("Details")});
    m_tree->setUniformRowHeights(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(true);
    // Activation: a double click, or Enter on the current item.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item, int) {
        if (isOpenable(item)) open(item, false);
    });
    connect(m_tree, &QWidget::customContextMenuRequested, this, &DataBrowser::showContextMenu);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

int DataBrowser::topLevelIndex(const QString& path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(NameColumn, PathRole).toString() == absolute) return i;
    return -1;
}

QStringList DataBrowser::sources() const
{
    QStringList out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        out << m_tree->topLevelItem(i)->data(NameColumn, PathRole).toString();
    return out;
}

void DataBrowser::removeSource(const QString& path)
{
    const int index = topLevelIndex(path);
    if (index < 0) return;
    QTreeWidgetItem* item = m_tree->takeTopLevelItem(index);
    const QString removed = item->data(NameColumn, PathRole).toString();
    delete item;
    emit sourceRemoved(removed);
}

QTreeWidgetItem* DataBrowser::findItem(const QString& path, const QString& dataset) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QList<QTreeWidgetItem*> stack;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) stack << m_tree->topLevelItem(i);
    while (!stack.isEmpty()) {
        QTreeWidgetItem* item = stack.takeLast();
        if (item->data(NameColumn, PathRole).toString() == absolute &&
            item->data(NameColumn, DatasetRole).toString() == dataset)
            return item;
        for (int i = 0; i < item->childCount(); ++i) stack << item->child(i);
    }
    return nullptr;
}

namespace {

// A TIFF file: its pages, shape and dtype (headers only).
void fillTiff(QTreeWidgetItem* item, const QString& path)
{
    const auto source = io::openTiff(toPath(path));
    const StackInfo& info = source->info();
    setKind(item, DataBrowser::ItemKind::TiffFile, path);
    item->setData(DataBrowser::NameColumn, DataBrowser::OpenableRole, true);
    item->setText(DataBrowser::ShapeColumn, shapeText(info.shape));
    item->setText(DataBrowser::TypeColumn, QString::fromUtf8(dtypeName(info.sourceType)));
    item->setText(DataBrowser::DetailsColumn, DataBrowser::tr("%n page(s)", nullptr, int(info.shape.frames)));
    setItemToolTip(item,
                   QString::fromStdString(source->describe()) + QLatin1Char('\n') + QDir::toNativeSeparators(path));
}

void fillTiffFolder(QTreeWidgetItem* item, const QString& dir)
{
    const auto source = io::openTiffDirectory(toPath(dir));
    const StackInfo& info = source->info();
    setKind(item, DataBrowser::ItemKind::TiffFolder, dir);
    item->setData(DataBrowser::NameColumn, DataBrowser::OpenableRole, true);
    item->setText(DataBrowser::ShapeColumn, shapeText(info.shape));
    item->setText(DataBrowser::TypeColumn, QString::fromUtf8(dtypeName(info.sourceType)));
    const auto files = info.metadata.find("files");
    const int fileCount = files == info.metadata.end() ? 0 : std::stoi(files->second);
    item->setText(DataBrowser::DetailsColumn, DataBrowser::tr("%n file(s)", nullptr, fileCount));
    setItemToolTip(item, QString::fromStdString(source->describe()));
    // The member files, as the folder stack orders them (natural order); no further headers are read.
    QStringList names = QDir(dir).entryList(
        {QStringLiteral("*.tif"), QStringLiteral("*.tiff"), QStringLiteral("*.TIF"), QStringLiteral("*.TIFF")},
        QDir::Files, QDir::Name);
    names.removeIf([](const QString& n) { return n.contains(QLatin1String(".part"), Qt::CaseInsensitive); });
    std::sort(names.begin(), names.end(),
              [](const QString& a, const QString& b) { return io::naturalLess(a.toStdString(), b.toStdString()); });
    for (const QString& name : names) {
        auto* child = new QTreeWidgetItem(item, {name});
        const QString file = QDir(dir).filePath(name);
        setKind(child, DataBrowser::ItemKind::File, file);
        child->setData(DataBrowser::NameColumn, DataBrowser::OpenableRole, true);
        child->setText(DataBrowser::DetailsColumn, QLocale().formattedDataSize(QFileInfo(file).size()));
        setItemToolTip(child, QDir::toNativeSeparators(file));
    }
}

QString attributesText(const io::Hdf5Node& node)
{
    QStringList lines;
    for (const auto& [name, value] : node.attributes)
        lines << QStringLiteral("%1 = %2").arg(QString::fromStdString(name), QString::fromStdString(value));
    return lines.join(QLatin1Char('\n'));
}

void addHdf5Children(QTreeWidgetItem* parent, const io::Hdf5Node& node, const QString& file)
{
    for (const io::Hdf5Node& child : node.children) {
        auto* item = new QTreeWidgetItem(parent, {QString::fromStdString(child.name)});
        const QString path = QString::fromStdString(child.path);
        QStringList tip{path};
        switch (child.kind) {
            case io::Hdf5Node::Kind::Group:
                setKind(item, DataBrowser::ItemKind::Hdf5Group, file, path);
                item->setText(DataBrowser::DetailsColumn,
                              DataBrowser::tr("%n member(s)", nullptr, int(child.children.size())));
                addHdf5Children(item, child, file);
                break;
            case io::Hdf5Node::Kind::Dataset: {
                setKind(item, DataBrowser::ItemKind::Hdf5Dataset, file, path);
                const bool image = child.dims.size() == 2 || child.dims.size() == 3;
                const bool numeric =
                    child.type.starts_with("int") || child.type.starts_with("uint") || child.type.starts_with("float");
                item->setData(DataBrowser::NameColumn, DataBrowser::OpenableRole, image && numeric);
                item->setText(DataBrowser::ShapeColumn,
                              child.dims.empty() ? DataBrowser::tr("scalar") : dimsText(child.dims));
                item->setText(DataBrowser::TypeColumn, QString::fromStdString(child.type));
                QStringList details;
                if (!child.chunks.empty()) details << DataBrowser::tr("chunks %1").arg(dimsText(child.chunks));
                for (const auto& f : child.filters) details << QString::fromStdString(f);
                item->setText(DataBrowser::DetailsColumn, details.join(QStringLiteral(", ")));
                if (!details.isEmpty()) tip << details.join(QStringLiteral(", "));
                break;
            }
            case io::Hdf5Node::Kind::Other:
                setKind(item, DataBrowser::ItemKind::Hdf5Other, file, path);
                item->setText(DataBrowser::TypeColumn, QString::fromStdString(child.type));
                break;
        }
        const QString attributes = attributesText(child);
        if (!attributes.isEmpty()) tip << DataBrowser::tr("Attributes:") << attributes;
        setItemToolTip(item, tip.join(QLatin1Char('\n')));
    }
}

const io::Hdf5Node* childNamed(const io::Hdf5Node& node, const std::string& name)
{
    for (const auto& c : node.children)
        if (c.name == name) return &c;
    return nullptr;
}

// DXchange: /exchange/data, data_white, data_dark and theta labelled with what they hold and how many.
void labelDxchange(QTreeWidgetItem* fileItem, const io::Hdf5Node& root)
{
    const io::Hdf5Node* exchange = childNamed(root, "exchange");
    if (!exchange || !childNamed(*exchange, "data")) return;
    fileItem->setText(DataBrowser::TypeColumn, DataBrowser::tr("DXchange"));
    QTreeWidgetItem* exchangeItem = nullptr;
    for (int i = 0; i < fileItem->childCount(); ++i)
        if (fileItem->child(i)->text(DataBrowser::NameColumn) == QLatin1String("exchange"))
            exchangeItem = fileItem->child(i);
    if (!exchangeItem) return;
    // In the order of a scan's life: projections, then flats, darks and angles.
    const std::pair<QString, QString> labels[] = {{QStringLiteral("data"), DataBrowser::tr("projections: %1")},
                                                  {QStringLiteral("data_white"), DataBrowser::tr("flats: %1")},
                                                  {QStringLiteral("data_dark"), DataBrowser::tr("darks: %1")},
                                                  {QStringLiteral("theta"), DataBrowser::tr("angles: %1")}};
    QStringList summary;
    for (const auto& [name, label] : labels) {
        QTreeWidgetItem* item = nullptr;
        for (int i = 0; i < exchangeItem->childCount(); ++i)
            if (exchangeItem->child(i)->text(DataBrowser::NameColumn) == name) item = exchangeItem->child(i);
        const io::Hdf5Node* node = childNamed(*exchange, name.toStdString());
        if (!item || !node || node->kind != io::Hdf5Node::Kind::Dataset || node->dims.empty()) continue;
        const QString text = label.arg(node->dims.front());
        const QString chunks = item->text(DataBrowser::DetailsColumn);
        item->setText(DataBrowser::DetailsColumn, chunks.isEmpty() ? text : text + QStringLiteral("; ") + chunks);
        summary << text;
    }
    fileItem->setText(DataBrowser::DetailsColumn, summary.join(QStringLiteral(", ")));
}

void fillHdf5(QTreeWidgetItem* item, const QString& path)
{
    const io::Hdf5Node root = io::hdf5Tree(toPath(path));
    setKind(item, DataBrowser::ItemKind::Hdf5File, path);
    item->setText(DataBrowser::TypeColumn, DataBrowser::tr("HDF5"));
    item->setText(DataBrowser::DetailsColumn, DataBrowser::tr("%n member(s)", nullptr, int(root.children.size())));
    addHdf5Children(item, root, path);
    // The file opens like File → Open does when it holds one image dataset or is DXchange.
    item->setData(DataBrowser::NameColumn, DataBrowser::OpenableRole, io::isDxchange(toPath(path)));
    QString tip = QDir::toNativeSeparators(path);
    const QString attributes = attributesText(root);
    if (!attributes.isEmpty())
        tip += QLatin1Char('\n') + DataBrowser::tr("Attributes:") + QLatin1Char('\n') + attributes;
    labelDxchange(item, root);
    if (item->text(DataBrowser::TypeColumn) != DataBrowser::tr("HDF5"))  // DXchange: what the scan holds, in full
        tip = item->text(DataBrowser::DetailsColumn) + QLatin1Char('\n') + tip;
    setItemToolTip(item, tip);
}

// Fills an item for a file or folder; throws xrs::Error when its headers cannot be read.
void fillSource(QTreeWidgetItem* item, const QString& path)
{
    switch (io::detectKind(toPath(path))) {
        case io::FileKind::Tiff:
            fillTiff(item, path);
            return;
        case io::FileKind::TiffDirectory:
            fillTiffFolder(item, path);
            return;
        case io::FileKind::Hdf5:
            fillHdf5(item, path);
            return;
        case io::FileKind::Unknown:
            break;
    }
    throw Error(toPath(path), {}, "not a TIFF or HDF5 file");
}

}  // namespace

QTreeWidgetItem* DataBrowser::addSource(const QString& path, QString* error)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto item = std::make_unique<QTreeWidgetItem>(QStringList{QFileInfo(absolute).fileName()});
    try {
        fillSource(item.get(), absolute);
    } catch (const std::exception& e) {
        if (error) *error = QString::fromStdString(e.what());
        return nullptr;
    }
    QTreeWidgetItem* raw = item.release();
    const int existing = topLevelIndex(absolute);
    if (existing >= 0) {
        delete m_tree->takeTopLevelItem(existing);
        m_tree->insertTopLevelItem(existing, raw);
    } else {
        m_tree->addTopLevelItem(raw);
    }
    if (kindOf(raw) == ItemKind::Hdf5File) {
        raw->setExpanded(true);
        // A DXchange scan opens on /exchange, where its data is.
        if (raw->text(TypeColumn) == tr("DXchange"))
            for (int i = 0; i < raw->childCount(); ++i)
                if (raw->child(i)->text(NameColumn) == QLatin1String("exchange")) raw->child(i)->setExpanded(true);
    }
    return raw;
}

QTreeWidgetItem* DataBrowser::addWatchedFolder(const QString& dir)
{
    const QString absolute = QFileInfo(dir).absoluteFilePath();
    const int existing = topLevelIndex(absolute);
    if (existing >= 0 && kindOf(m_tree->topLevelItem(existing)) == ItemKind::WatchedFolder)
        return m_tree->topLevelItem(existing);
    if (existing >= 0) delete m_tree->takeTopLevelItem(existing);
    auto* item = new QTreeWidgetItem(QStringList{QFileInfo(absolute).fileName()});
    setKind(item, ItemKind::WatchedFolder, absolute);
    item->setText(DetailsColumn, tr("watched"));
    setItemToolTip(
        item, tr("Watched folder %1: complete files appear as they arrive").arg(QDir::toNativeSeparators(absolute)));
    m_tree->addTopLevelItem(item);
    item->setExpanded(true);
    return item;
}

QTreeWidgetItem* DataBrowser::addWatchedFile(const QString& dir, const QString& file)
{
    QTreeWidgetItem* folder = addWatchedFolder(dir);
    const QString absolute = QFileInfo(file).absoluteFilePath();
    for (int i = 0; i < folder->childCount(); ++i)
        if (folder->child(i)->data(NameColumn, PathRole).toString() == absolute) delete folder->takeChild(i--);
    auto* item = new QTreeWidgetItem(folder, {QFileInfo(absolute).fileName()});
    try {
        fillSource(item, absolute);
    } catch (const std::exception& e) {
        setKind(item, ItemKind::File, absolute);
        setItemToolTip(item, QString::fromStdString(e.what()));
    }
    folder->setText(DetailsColumn, tr("watched, %n file(s)", nullptr, folder->childCount()));
    return item;
}

bool DataBrowser::isOpenable(const QTreeWidgetItem* item)
{
    return item && item->data(NameColumn, OpenableRole).toBool();
}

void DataBrowser::open(QTreeWidgetItem* item, bool newPane)
{
    if (!isOpenable(item)) return;
    emit openRequested(item->data(NameColumn, PathRole).toString(), item->data(NameColumn, DatasetRole).toString(),
                       newPane);
}

void DataBrowser::openAsVolume(QTreeWidgetItem* item)
{
    if (!isOpenable(item)) return;
    emit openVolumeRequested(item->data(NameColumn, PathRole).toString(),
                             item->data(NameColumn, DatasetRole).toString());
}

void DataBrowser::copyPath(QTreeWidgetItem* item) const
{
    if (!item) return;
    QString text = QDir::toNativeSeparators(item->data(NameColumn, PathRole).toString());
    const QString dataset = item->data(NameColumn, DatasetRole).toString();
    if (!dataset.isEmpty()) text += QLatin1Char(':') + dataset;  // file.h5:/exchange/data, as the log names sources
    QApplication::clipboard()->setText(text);
}

void DataBrowser::showContextMenu(const QPoint& pos)
{
    QTreeWidgetItem* item = m_tree->itemAt(pos);
    if (!item) return;
    QMenu menu(this);
    const bool openable = isOpenable(item);
    menu.addAction(tr("&Open"), this, [this, item] { open(item, false); })->setEnabled(openable);
    menu.addAction(tr("Open in &New Pane"), this, [this, item] { open(item, true); })->setEnabled(openable);
    menu.addAction(tr("Open as &Volume"), this, [this, item] { openAsVolume(item); })->setEnabled(openable);
    menu.addSeparator();
    menu.addAction(tr("&Copy Path"), this, [this, item] { copyPath(item); });
    if (!item->parent()) {
        const QString path = item->data(NameColumn, PathRole).toString();
        menu.addAction(tr("&Remove from List"), this, [this, path] { removeSource(path); });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

}  // namespace xrs::widgets
