// app/runs/DenoiseForm: Noise2Inverse options → `xrs denoise …`.
#include "DenoiseForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>

namespace xrs::app {

DenoiseForm::DenoiseForm(QWidget* parent) : RunForm(QStringLiteral("denoise"), tr("Denoise (Noise2Inverse)"), parent)
{
    m_scanFields = addScanFields(tr("Raw scan: DXchange HDF5, or TIFF projections with flats and darks"));
    m_input = m_scanFields.scan;
    m_output = addPath(QStringLiteral("output"), tr("Denoised volume"), tr("Output volume (.tif or .h5)"),
                       PathMode::SaveFile, tr("Volumes (*.tif *.h5)"));
    m_checkpoint = addPath(QStringLiteral("checkpoint"), tr("Checkpoint folder"),
                           tr("Split reconstructions and network checkpoints; a run there is resumed. Empty: the "
                              "output name + .n2i"),
                           PathMode::SaveFolder);
    m_rows =
        addLine(QStringLiteral("rows"), tr("Detector rows"), tr("Rows a:b to reconstruct; empty: all rows"), tr("all"));
    m_centerAuto = addCheck(QStringLiteral("centerAuto"), tr("Find the rotation centre automatically"),
                            tr("Off: use the centre below for the split reconstructions"), true);
    m_center = addDouble(QStringLiteral("center"), tr("Rotation centre"), tr("Rotation axis in detector pixels"),
                         -100000, 100000, 0, 3);
    m_splits = addCombo(QStringLiteral("splits"), tr("Projection splits"),
                        tr("Interleaved subsets of the projections reconstructed separately (K)"),
                        {{QStringLiteral("2"), QStringLiteral("2")}, {QStringLiteral("4"), QStringLiteral("4")}},
                        QStringLiteral("2"));
    m_context = addSpin(QStringLiteral("context"), tr("Context slices"),
                        tr("±n neighbouring slices the network sees (2.5D)"), 0, 16, 5);
    m_depth = addSpin(QStringLiteral("depth"), tr("Network levels"),
                      tr("U-Net levels (depth); a trained checkpoint fixes it"), 1, 6, 4);
    m_width = addSpin(QStringLiteral("width"), tr("Network width"),
                      tr("U-Net channels at full resolution; a trained checkpoint fixes it"), 4, 256, 32);
    m_epochs = addSpin(QStringLiteral("epochs"), tr("Training epochs"),
                       tr("0: use the checkpoint as it is (no training)"), 0, 100000, 25);
    m_slices = addSpin(QStringLiteral("slicesPerEpoch"), tr("Samples per epoch"), tr("Training samples per epoch"), 1,
                       1000000, 200);
    m_batch = addSpin(QStringLiteral("batch"), tr("Batch"), tr("Patches per training step"), 1, 64, 2);
    m_patch = addSpin(QStringLiteral("patch"), tr("Patch size"), tr("Training patch side in pixels"), 8, 4096, 256);
    m_tile = addSpin(QStringLiteral("tile"), tr("Inference tile"), tr("Tile side for denoising large slices"), 16,
                     65536, 2048);
    m_seed =
        addSpin(QStringLiteral("seed"), tr("Seed"), tr("Random seed (weights and patch sampling)"), 0, 2147483647, 1);
    connect(m_centerAuto, &QCheckBox::toggled, m_center, [this](bool on) { m_center->setEnabled(!on); });
    finishForm();
    m_center->setEnabled(!m_centerAuto->isChecked());
}

QString DenoiseForm::output() const
{
    return text(m_output);
}

QString DenoiseForm::checkpointFolder() const
{
    if (!text(m_checkpoint).isEmpty()) return text(m_checkpoint);
    QString out = output();
    if (out.endsWith(u'/')) out.chop(1);
    return out + QStringLiteral(".n2i");
}

QStringList DenoiseForm::arguments() const
{
    QStringList a{QStringLiteral("denoise"), text(m_input), QStringLiteral("-o"), output()};
    a << flatDarkArguments(m_scanFields);
    if (!text(m_checkpoint).isEmpty()) a << QStringLiteral("--checkpoint") << text(m_checkpoint);
    if (!text(m_rows).isEmpty()) a << QStringLiteral("--rows") << text(m_rows);
    a << QStringLiteral("--center") << (m_centerAuto->isChecked() ? QStringLiteral("auto") : number(m_center->value()));
    a << QStringLiteral("--splits") << m_splits->currentData().toString();
    a << QStringLiteral("--context") << QString::number(m_context->value());
    a << QStringLiteral("--depth") << QString::number(m_depth->value());
    a << QStringLiteral("--width") << QString::number(m_width->value());
    a << QStringLiteral("--train-epochs") << QString::number(m_epochs->value());
    a << QStringLiteral("--slices-per-epoch") << QString::number(m_slices->value());
    a << QStringLiteral("--batch") << QString::number(m_batch->value());
    a << QStringLiteral("--patch") << QString::number(m_patch->value());
    a << QStringLiteral("--tile") << QString::number(m_tile->value());
    a << QStringLiteral("--seed") << QString::number(m_seed->value());
    a << deviceArguments();
    return a;
}

remote::Job DenoiseForm::job() const
{
    remote::Job j = remote::Job::xrs(kind(), tr("Denoise %1").arg(QFileInfo(text(m_input)).fileName()), arguments());
    j.inputs = {text(m_input)};
    if (!output().endsWith(u'/')) j.expectedOutputs = {output()};
    return j;
}

RunForm::Problem DenoiseForm::check() const
{
    if (Problem p = checkScanFields(m_scanFields); p.field) return p;
    if (Problem p = requireGiven(m_output, tr("Denoised volume")); p.field) return p;
    if (!text(m_rows).isEmpty() && !QRegularExpression(QStringLiteral("^\\d*:\\d*$")).match(text(m_rows)).hasMatch())
        return {tr("Detector rows: \u201c%1\u201d must look like a:b").arg(text(m_rows)), m_rows};
    if (m_epochs->value() == 0 && !QFileInfo::exists(checkpointFolder()))
        return {
            tr("Training epochs: 0 needs a trained checkpoint folder, and %1 does not exist").arg(checkpointFolder()),
            m_epochs};
    return {};
}

}  // namespace xrs::app
