;;; emacs_diagnostics.el --- Emacs + eglot as a real LSP client of async-clangd
;;
;; Loads $LSP_SETUP (docs/editors.md's eglot settings, as a user's init file
;; would), opens $LSP_FILE, waits for Flymake's diagnostics and writes them
;; to $LSP_OUT, one a line (1-based positions, the message's first line:
;; eglot does not take notes as related information, so clangd appends them
;; to the message and also sends each as a diagnostic of its own), sorted.
;;   emacs --batch --no-init-file -l emacs_diagnostics.el
;; (not -Q: Debian's site startup tells package.el where elpa-eglot is)

(let ((out (getenv "LSP_OUT"))
      (lines '()))
  ;; What interactive Emacs does before the init file, batch Emacs does not:
  ;; activate the installed packages (eglot-ensure's autoload).
  (package-activate-all)
  (load (getenv "LSP_SETUP") nil t t)
  ;; c++-mode-hook runs eglot-ensure, which like Flymake waits for the
  ;; command loop; batch Emacs has none: run its hook, start Flymake.
  (find-file (getenv "LSP_FILE"))
  (run-hooks 'post-command-hook)
  (let ((deadline (+ (float-time) 120)))
    (while (and (not (eglot-current-server)) (< (float-time) deadline))
      (accept-process-output nil 0.1))
    (while (and (null (flymake-diagnostics)) (< (float-time) deadline))
      (flymake-start)
      (accept-process-output nil 0.5)))
  (unless (eglot-current-server)
    (push "timeout: eglot did not connect" lines))
  (when (null (flymake-diagnostics))
    (push "timeout: no diagnostics" lines))
  (dolist (d (flymake-diagnostics))
    (let ((pos (lambda (p)
                 (save-excursion
                   (goto-char p)
                   (format "%d:%d" (line-number-at-pos)
                           (1+ (- p (line-beginning-position))))))))
      (push (format "%s-%s %s %s"
                    (funcall pos (flymake-diagnostic-beg d))
                    (funcall pos (flymake-diagnostic-end d))
                    (flymake-diagnostic-type d)
                    (car (split-string (flymake-diagnostic-text d) "\n")))
            lines)))
  (with-temp-file out
    (insert (mapconcat #'identity
                       (sort lines (lambda (a b)
                                     (let ((la (string-to-number a))
                                           (lb (string-to-number b)))
                                       (if (= la lb) (string< a b) (< la lb)))))
                       "\n")
            "\n"))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs 0))
