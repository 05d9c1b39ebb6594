// app/runs/FuseForm: fusion options → `xrs fuse …`.
#include "FuseForm.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QSpinBox>

namespace xrs::app {

FuseForm::FuseForm(QWidget* parent) : RunForm(QStringLiteral("fuse"), tr("Fuse (SWIN-XVR)"), parent)
{
    m_input = addPath(QStringLiteral("input"), tr("Input"),
                      tr("manifest.json of xrs synth / xrs sample video (names the LR and HR videos and their frame "
                         "times), or the LR stack"),
                      PathMode::OpenFile, tr("Manifest or stack (*.json *.tif *.tiff *.h5);;All files (*)"));
    m_hr = addPath(QStringLiteral("hr"), tr("HR stack"), tr("HR frames (4× the LR size); empty: from the manifest"),
                   PathMode::OpenFileOrFolder, tr("Stacks (*.tif *.tiff *.h5);;All files (*)"));
    m_hrStep = addSpin(QStringLiteral("hrStep"), tr("HR frame step"),
                       tr("Without a manifest: LR frame i is at time i, HR frame j at time j·step"), 0, 100000, 0,
                       tr("from the manifest"));
    m_checkpoint = addPath(QStringLiteral("checkpoint"), tr("Model checkpoint"),
                           tr("net_g_*.pth of a training run (EMA weights preferred); empty: random weights, for "
                              "testing only"),
                           PathMode::OpenFile, tr("Checkpoints (*.pth);;All files (*)"));
    m_preset = addCombo(QStringLiteral("preset"), tr("Model preset"),
                        tr("Network size: found from the checkpoint, or given (random weights need one)"),
                        {{tr("from the checkpoint"), QStringLiteral("auto")},
                         {tr("baseline"), QStringLiteral("baseline")},
                         {tr("paper"), QStringLiteral("paper")}},
                        QStringLiteral("auto"));
    m_numLr = addCombo(QStringLiteral("numLr"), tr("LR frames per window"),
                       tr("Neighbouring LR frames the network sees (must match the checkpoint)"),
                       {{QStringLiteral("3"), QStringLiteral("3")},
                        {QStringLiteral("5"), QStringLiteral("5")},
                        {QStringLiteral("7"), QStringLiteral("7")},
                        {QStringLiteral("9"), QStringLiteral("9")}},
                       QStringLiteral("3"));
    m_tile = addSpin(QStringLiteral("tile"), tr("Tile size"),
                     tr("Tile side in LR pixels for frames too large for the device memory; whole frames: no tiling"),
                     0, 100000, 0, tr("whole frames"));
    m_overlap = addSpin(QStringLiteral("overlap"), tr("Tile overlap"),
                        tr("Overlap of the tiles in LR pixels (blended)"), 0, 10000, 8);
    m_batch = addSpin(QStringLiteral("batch"), tr("Batch"), tr("Network inputs per forward pass"), 1, 1024, 1);
    m_precision = addCombo(QStringLiteral("precision"), tr("Precision"),
                           tr("fp32, or bf16/fp16 autocast (CUDA only: faster, slightly different numbers)"),
                           {{QStringLiteral("fp32"), QStringLiteral("fp32")},
                            {QStringLiteral("bf16"), QStringLiteral("bf16")},
                            {QStringLiteral("fp16"), QStringLiteral("fp16")}},
                           QStringLiteral("fp32"));
    m_dtype = addCombo(
        QStringLiteral("dtype"), tr("Data type"), tr("float32, or uint16 ([0, 1] → 0..65535)"),
        {{QStringLiteral("float32"), QStringLiteral("float32")}, {QStringLiteral("uint16"), QStringLiteral("uint16")}},
        QStringLiteral("float32"));
    m_output = addPath(QStringLiteral("output"), tr("Output video"),
                       tr("Fused HR video (.tif or .h5). Named video/fused.tif next to lr.tif, it opens in the "
                          "comparison layout"),
                       PathMode::SaveFile, tr("Stacks (*.tif *.h5)"));
    finishForm();
}

QString FuseForm::output() const
{
    return text(m_output);
}

void FuseForm::offerCheckpoint(const QString& path)
{
    m_checkpoint->setText(path);
    setStatus(tr("Checkpoint from training: %1").arg(path));
}

QStringList FuseForm::arguments() const
{
    QStringList a{QStringLiteral("fuse"), text(m_input), QStringLiteral("-o"), output()};
    if (!text(m_hr).isEmpty()) a << QStringLiteral("--hr") << text(m_hr);
    if (m_hrStep->value() > 0) a << QStringLiteral("--hr-step") << QString::number(m_hrStep->value());
    if (!text(m_checkpoint).isEmpty()) a << QStringLiteral("--checkpoint") << text(m_checkpoint);
    if (m_preset->currentData().toString() != u"auto")
        a << QStringLiteral("--preset") << m_preset->currentData().toString();
    a << QStringLiteral("--num-lr") << m_numLr->currentData().toString();
    if (m_tile->value() > 0) {
        a << QStringLiteral("--tile") << QString::number(m_tile->value());
        a << QStringLiteral("--overlap") << QString::number(m_overlap->value());
    }
    a << QStringLiteral("--batch") << QString::number(m_batch->value());
    a << QStringLiteral("--precision") << m_precision->currentData().toString();
    a << QStringLiteral("--dtype") << m_dtype->currentData().toString();
    a << deviceArguments();
    return a;
}

remote::Job FuseForm::job() const
{
    remote::Job j = remote::Job::xrs(kind(), tr("Fuse %1").arg(QFileInfo(text(m_input)).fileName()), arguments());
    j.inputs = {text(m_input)};
    if (!text(m_checkpoint).isEmpty()) j.inputs << text(m_checkpoint);
    if (!output().endsWith(u'/')) j.expectedOutputs = {output()};
    return j;
}

RunForm::Problem FuseForm::check() const
{
    if (Problem p = requireExisting(m_input, tr("Input")); p.field) return p;
    const bool manifest = text(m_input).endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
    if (!manifest && text(m_hr).isEmpty())
        return {tr("HR stack: an LR stack as input needs its HR stack (or give a manifest)"), m_hr};
    if (!text(m_hr).isEmpty())
        if (Problem p = requireExisting(m_hr, tr("HR stack")); p.field) return p;
    if (!manifest && m_hrStep->value() == 0)
        return {tr("HR frame step: an LR stack as input needs the HR step (or give a manifest)"), m_hrStep};
    if (!text(m_checkpoint).isEmpty())
        if (Problem p = requireExisting(m_checkpoint, tr("Model checkpoint")); p.field) return p;
    if (text(m_checkpoint).isEmpty() && m_preset->currentData().toString() == u"auto")
        return {tr("Model preset: without a checkpoint (random weights, for testing) choose a preset"), m_preset};
    if (Problem p = requireGiven(m_output, tr("Output video")); p.field) return p;
    if (m_precision->currentData().toString() != u"fp32" && !device().startsWith(QLatin1String("cuda")))
        return {tr("Precision: bf16 and fp16 need a CUDA device"), m_precision};
    return {};
}

}  // namespace xrs::app
