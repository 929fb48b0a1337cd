-- Headless Neovim (0.7+) as a real LSP client of the Newsmark server.
-- Env: NM_FILE (article), NM_SERVER (path to dist/server.js), NM_LINE/NM_COL (0-based hover position).
-- Prints one JSON line: {"diagnostics":[...],"hover":"...","symbols":[...]} or {"error":"..."}; exit 1 on error.
local function emit(tbl) io.stdout:write(vim.fn.json_encode(tbl) .. '\n'); io.stdout:flush() end
local ok, err = pcall(function()
  local file = vim.fn.fnamemodify(assert(os.getenv('NM_FILE'), 'NM_FILE not set'), ':p')
  local server = assert(os.getenv('NM_SERVER'), 'NM_SERVER not set')
  local timeout = 10000
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  -- As the README's config does with vim.filetype.add: .news files are filetype 'news'.
  vim.bo[bufnr].filetype = 'news'
  local uri = vim.uri_from_bufnr(bufnr)
  local got = false
  local id = vim.lsp.start_client({
    name = 'newsmark',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, result, ctx, config)
        if result and result.uri == uri then got = true end
        return vim.lsp.diagnostic.on_publish_diagnostics(e, result, ctx, config)
      end,
    },
  })
  assert(id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, id)
  local client = vim.lsp.get_client_by_id(id)
  assert(vim.wait(timeout, function() return client.initialized == true end, 10), 'server did not initialize')
  assert(vim.wait(timeout, function() return got end, 10), 'no publishDiagnostics')
  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    diagnostics[#diagnostics + 1] = { line = d.lnum, col = d.col, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code), message = d.message }
  end
  local pos = { line = tonumber(os.getenv('NM_LINE') or '0'), character = tonumber(os.getenv('NM_COL') or '0') }
  local h = client.request_sync('textDocument/hover', { textDocument = { uri = uri }, position = pos }, timeout, bufnr)
  local hover = (h and h.result and h.result.contents and h.result.contents.value) or ''
  local s = client.request_sync('textDocument/documentSymbol', { textDocument = { uri = uri } }, timeout, bufnr)
  local symbols = {}
  for _, sym in ipairs((s and s.result) or {}) do symbols[#symbols + 1] = sym.name end
  client.stop()
  vim.wait(2000, function() return client.is_stopped() end, 10)
  emit({ diagnostics = diagnostics, hover = hover, symbols = symbols })
end)
if not ok then emit({ error = tostring(err) }); vim.cmd('cquit! 1') else vim.cmd('qall!') end
