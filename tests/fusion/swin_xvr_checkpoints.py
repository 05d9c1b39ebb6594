# Reference-layout SWIN-XVR checkpoints for the fusion tests, run with the venv's Python that has torch.
# The names and shapes below are written from the spec table (shared/notes/swin-xvr.md), independently of the C++ code.
#   write OUT C HEADS WD WH WW [--drop NAME] [--extra NAME] [--module] [--params-only]
#   compare OURS REF   our file's params_ema and params equal REF's params_ema (names, shapes, values)
#   check OURS C HEADS WD WH WW   our file has exactly the spec's names and shapes in params and params_ema
#   resave OURS OUT    OURS' params_ema as {'params': {'module.' + name: tensor}} (no params_ema)
# Several commands run in one process when separated by '+'.
import collections
import sys

import torch


def layout(c, heads, window, depths=(2, 2, 18, 2)):
    wd, wh, ww = window
    out = []

    def conv(name, cin, cout):
        out.append((name + '.weight', [cout, cin, 3, 3]))
        out.append((name + '.bias', [cout]))

    conv('conv_first', 1, c)
    conv('conv_first_hi', 1, c)
    conv('conv1_hi', c, c)
    conv('conv2_hi', c, c)
    table = (2 * wd - 1) * (2 * wh - 1) * (2 * ww - 1)
    n = wd * wh * ww
    for i, depth in enumerate(depths):
        for j in range(depth):
            p = f'layers.{i}.residual_group.blocks.{j}.'
            out += [(p + 'norm1.weight', [c]), (p + 'norm1.bias', [c]),
                    (p + 'attn.relative_position_bias_table', [table, heads]),
                    (p + 'attn.relative_position_index', [n, n]),
                    (p + 'attn.qkv.weight', [3 * c, c]), (p + 'attn.qkv.bias', [3 * c]),
                    (p + 'attn.proj.weight', [c, c]), (p + 'attn.proj.bias', [c]),
                    (p + 'norm2.weight', [c]), (p + 'norm2.bias', [c]),
                    (p + 'mlp.fc1.weight', [2 * c, c]), (p + 'mlp.fc1.bias', [2 * c]),
                    (p + 'mlp.fc2.weight', [c, 2 * c]), (p + 'mlp.fc2.bias', [c])]
        conv(f'layers.{i}.conv', c, c)
    out += [('norm.weight', [c]), ('norm.bias', [c])]
    conv('conv_after_body', c, c)
    conv('conv_before_upsample.0', c, 64)
    conv('upsample.0', 64, 256)
    conv('upsample.2', 64, 256)
    conv('conv_last', 64, 1)
    return out


def rel_index(window):
    wd, wh, ww = window
    coords = torch.stack(torch.meshgrid(torch.arange(wd), torch.arange(wh), torch.arange(ww), indexing='ij')).flatten(1)
    rel = (coords[:, :, None] - coords[:, None, :]).permute(1, 2, 0)
    return ((rel[..., 0] + wd - 1) * (2 * wh - 1) * (2 * ww - 1) + (rel[..., 1] + wh - 1) * (2 * ww - 1)
            + (rel[..., 2] + ww - 1))


def args_cfg(a):
    return int(a[0]), int(a[1]), (int(a[2]), int(a[3]), int(a[4]))


def main(argv):
    cmd = argv[1]
    if cmd == 'write':
        out = argv[2]
        c, heads, window = args_cfg(argv[3:8])
        rest = argv[8:]
        torch.manual_seed(7)
        ema = collections.OrderedDict()
        for name, shape in layout(c, heads, window):
            ema[name] = rel_index(window) if name.endswith('relative_position_index') else torch.randn(shape) * 0.05
        if '--drop' in rest:
            del ema[rest[rest.index('--drop') + 1]]
        if '--extra' in rest:
            ema[rest[rest.index('--extra') + 1]] = torch.zeros(3)
        # Like nn.Module.state_dict(): an OrderedDict carrying _metadata.
        ema._metadata = collections.OrderedDict([('', {'version': 1}), ('conv_first', {'version': 1})])
        params = collections.OrderedDict((k, torch.zeros_like(v) if v.is_floating_point() else v) for k, v in ema.items())
        if '--module' in rest:
            ema = collections.OrderedDict(('module.' + k, v) for k, v in ema.items())
        ckpt = {'params': ema} if '--params-only' in rest else {'params': params, 'params_ema': ema}
        torch.save(ckpt, out)
        print('OK', len(ema))
    elif cmd == 'compare':
        ours = torch.load(argv[2])
        ref = torch.load(argv[3])['params_ema']
        for key in ('params', 'params_ema'):
            sd = ours[key]
            assert list(sd.keys()) != [] and set(sd.keys()) == set(ref.keys()), (key, set(sd) ^ set(ref))
            worst = 0.0
            for k, v in ref.items():
                assert sd[k].shape == v.shape and sd[k].dtype == v.dtype, (k, sd[k].shape, v.shape, sd[k].dtype)
                worst = max(worst, (sd[k].double() - v.double()).abs().max().item())
            assert worst == 0.0, worst
        print('OK', len(ref))
    elif cmd == 'check':
        ours = torch.load(argv[2])
        c, heads, window = args_cfg(argv[3:8])
        want = layout(c, heads, window)
        for key in ('params', 'params_ema'):
            sd = ours[key]
            got = [(k, list(v.shape)) for k, v in sd.items()]
            assert sorted(got) == sorted(want), (key, set(map(str, got)) ^ set(map(str, want)))
            for k, v in sd.items():
                if k.endswith('relative_position_index'):
                    assert v.dtype == torch.int64 and torch.equal(v, rel_index(window)), k
                else:
                    assert v.dtype == torch.float32, k
        print('OK', len(want), sum(v.numel() for k, v in ours['params_ema'].items() if 'relative_position_index' not in k))
    elif cmd == 'resave':
        ours = torch.load(argv[2])['params_ema']
        torch.save({'params': collections.OrderedDict(('module.' + k, v) for k, v in ours.items())}, argv[3])
        print('OK', len(ours))
    else:
        raise SystemExit('unknown command ' + cmd)


if __name__ == '__main__':
    # Several commands in one run (one torch import) are separated by '+'.
    args = sys.argv[1:]
    while args:
        n = args.index('+') if '+' in args else len(args)
        main([sys.argv[0]] + args[:n])
        args = args[n + 1:]
