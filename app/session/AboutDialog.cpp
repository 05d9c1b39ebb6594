// app/session/AboutDialog: build and library versions (see the header).
#include "AboutDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <H5public.h>
#include <vtkVersion.h>
#include <opencv2/core/utility.hpp>
#ifdef XRS_HAVE_SSH
#include <libssh/libssh.h>
#endif

#include <xrs/Version.h>

#include "app/ComputeDevices.h"

#ifndef XRS_GIT_COMMIT
#define XRS_GIT_COMMIT ""
#endif
#ifndef XRS_BUILD_TYPE
#define XRS_BUILD_TYPE ""
#endif

namespace xrs::app {

QString aboutText()
{
    QStringList lines;
    const QString commit = QStringLiteral(XRS_GIT_COMMIT);
    lines << AboutDialog::tr("X-ray Studio %1").arg(QString::fromLatin1(xrs::kVersion)) +
                 (commit.isEmpty() ? QString() : AboutDialog::tr(" (commit %1)").arg(commit));
    const QString buildType = QStringLiteral(XRS_BUILD_TYPE);
    lines << AboutDialog::tr("Build: %1, %2")
                 .arg(buildType.isEmpty() ? AboutDialog::tr("unknown type") : buildType, QSysInfo::buildAbi());
    lines << AboutDialog::tr("Qt %1 (built with %2)")
                 .arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR));
    lines << AboutDialog::tr("VTK %1").arg(QString::fromLatin1(vtkVersion::GetVTKVersion()));
    unsigned major = 0, minor = 0, release = 0;
    H5get_libversion(&major, &minor, &release);
    lines << AboutDialog::tr("HDF5 %1.%2.%3").arg(major).arg(minor).arg(release);
    lines << AboutDialog::tr("OpenCV %1").arg(QString::fromStdString(cv::getVersionString()));
#ifdef XRS_HAVE_SSH
    lines << AboutDialog::tr("libssh %1").arg(QString::fromLatin1(ssh_version(0)));
#endif
    const ComputeDevices& devices = ComputeDevices::instance();
    if (devices.isReady())
        lines << devices.summary();
    else
        lines << AboutDialog::tr("Compute devices: asking the engine\u2026");
    lines << AboutDialog::tr("System: %1, %2").arg(QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture());
    return lines.join(QLatin1Char('\n'));
}

AboutDialog::AboutDialog(QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About X-ray Studio"));
    auto* title = new QLabel(tr("<b>X-ray Studio</b><br>Viewing, fusion, denoising and CT reconstruction for "
                                "synchrotron x-ray imaging."),
                             this);
    title->setWordWrap(true);
    m_text = new QPlainTextEdit(this);
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMinimumSize(560, 260);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(text()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);

    refresh();
    // The device report may still be on its way.
    connect(&ComputeDevices::instance(), &ComputeDevices::ready, this, &AboutDialog::refresh);
}

QString AboutDialog::text() const
{
    return m_text->toPlainText();
}

void AboutDialog::refresh()
{
    m_text->setPlainText(aboutText());
}

}  // namespace xrs::app
