;; The tagger's Viterbi decoding in WebAssembly (see wasmDecoder.ts for why and how it is called).
;; `npm run build:wasm` assembles this file into taggerWasm.ts; a unit test checks the two agree.
;;
;; It is decodeSentence (viterbi.ts) step for step, with the same floating-point operations in the
;; same order, so the two choose the same tags, ties included. All pointers are byte offsets into
;; the imported memory:
;;   e          i32 emission scores: token i, tag c at e + 4 * (i * stride + c)
;;   tp         f64 transition score of each allowed (predecessor, tag) pair, in PRED order
;;   start      f64[nt] scores from the sentence start (-inf where not allowed)
;;   pred       i32 PRED (allowed predecessors of each tag), predOff i32[nt + 1] PRED_OFF
;;   allowedEnd u8[nt] tags a sentence may end with
;;   prev, cur  f64[nt] scratch; back u8[n * nt] scratch; out u8[n] the chosen tags
(module
  (import "env" "memory" (memory 1))
  (func (export "viterbi")
    (param $e i32) (param $stride i32) (param $n i32) (param $scale f64) (param $nt i32)
    (param $tp i32) (param $start i32) (param $pred i32) (param $predOff i32) (param $allowedEnd i32)
    (param $prev i32) (param $cur i32) (param $back i32) (param $out i32)
    (local $i i32) (local $c i32) (local $q i32) (local $qe i32) (local $p i32) (local $t i32)
    (local $eo i32) (local $best f64) (local $arg i32) (local $v f64) (local $s f64)
    ;; The first token: prev[c] = e[c] * scale + start[c], or -inf where the start forbids c.
    (local.set $c (i32.const 0))
    (loop $first
      (local.set $s (f64.load (i32.add (local.get $start) (i32.shl (local.get $c) (i32.const 3)))))
      (f64.store
        (i32.add (local.get $prev) (i32.shl (local.get $c) (i32.const 3)))
        (if (result f64) (f64.eq (local.get $s) (f64.const -inf))
          (then (f64.const -inf))
          (else
            (f64.add
              (f64.mul
                (f64.convert_i32_s (i32.load (i32.add (local.get $e) (i32.shl (local.get $c) (i32.const 2)))))
                (local.get $scale))
              (local.get $s)))))
      (br_if $first (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
    ;; Each later token: the best allowed predecessor of each tag (the first one wins a tie).
    (local.set $i (i32.const 1))
    (block $tokensDone
      (loop $token
        (br_if $tokensDone (i32.ge_u (local.get $i) (local.get $n)))
        (local.set $eo (i32.add (local.get $e) (i32.shl (i32.mul (local.get $i) (local.get $stride)) (i32.const 2))))
        (local.set $c (i32.const 0))
        (loop $tag
          (local.set $best (f64.const -inf))
          (local.set $arg (i32.const 0))
          (local.set $q (i32.load (i32.add (local.get $predOff) (i32.shl (local.get $c) (i32.const 2)))))
          (local.set $qe (i32.load (i32.add (local.get $predOff) (i32.shl (i32.add (local.get $c) (i32.const 1)) (i32.const 2)))))
          (block $predsDone
            (loop $preds
              (br_if $predsDone (i32.ge_u (local.get $q) (local.get $qe)))
              (local.set $p (i32.load (i32.add (local.get $pred) (i32.shl (local.get $q) (i32.const 2)))))
              (local.set $v
                (f64.add
                  (f64.load (i32.add (local.get $prev) (i32.shl (local.get $p) (i32.const 3))))
                  (f64.load (i32.add (local.get $tp) (i32.shl (local.get $q) (i32.const 3))))))
              (if (f64.gt (local.get $v) (local.get $best))
                (then
                  (local.set $best (local.get $v))
                  (local.set $arg (local.get $p))))
              (local.set $q (i32.add (local.get $q) (i32.const 1)))
              (br $preds)))
          ;; cur[c] = best + e[c] * scale
          (f64.store
            (i32.add (local.get $cur) (i32.shl (local.get $c) (i32.const 3)))
            (f64.add
              (local.get $best)
              (f64.mul
                (f64.convert_i32_s (i32.load (i32.add (local.get $eo) (i32.shl (local.get $c) (i32.const 2)))))
                (local.get $scale))))
          (i32.store8
            (i32.add (local.get $back) (i32.add (i32.mul (local.get $i) (local.get $nt)) (local.get $c)))
            (local.get $arg))
          (br_if $tag (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
        (local.set $t (local.get $prev))
        (local.set $prev (local.get $cur))
        (local.set $cur (local.get $t))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $token)))
    ;; The best tag a sentence may end with, then back through the chosen predecessors.
    (local.set $best (f64.const -inf))
    (local.set $arg (i32.const 0))
    (local.set $c (i32.const 0))
    (loop $end
      (if (i32.load8_u (i32.add (local.get $allowedEnd) (local.get $c)))
        (then
          (local.set $v (f64.load (i32.add (local.get $prev) (i32.shl (local.get $c) (i32.const 3)))))
          (if (f64.gt (local.get $v) (local.get $best))
            (then
              (local.set $best (local.get $v))
              (local.set $arg (local.get $c))))))
      (br_if $end (i32.lt_u (local.tee $c (i32.add (local.get $c) (i32.const 1))) (local.get $nt))))
    (local.set $i (i32.sub (local.get $n) (i32.const 1)))
    (i32.store8 (i32.add (local.get $out) (local.get $i)) (local.get $arg))
    (block $backDone
      (loop $backtrack
        (br_if $backDone (i32.le_s (local.get $i) (i32.const 0)))
        (i32.store8
          (i32.add (local.get $out) (i32.sub (local.get $i) (i32.const 1)))
          (i32.load8_u
            (i32.add
              (local.get $back)
              (i32.add (i32.mul (local.get $i) (local.get $nt)) (i32.load8_u (i32.add (local.get $out) (local.get $i)))))))
        (local.set $i (i32.sub (local.get $i) (i32.const 1)))
        (br $backtrack))))
)
