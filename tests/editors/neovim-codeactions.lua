-- Headless Neovim (0.7+) applying Newsmark quick fixes as a real LSP client.
-- Env: NM_FILE (article), NM_SERVER (path to dist/server.js).
-- For the first unsourced-statistic: lists the quick-fix titles and applies "Add attribution";
-- for the next one: applies "Disable unsourced-statistic for this line" and waits for the new
-- diagnostics. Prints one JSON line; the buffer is never written to disk.
local function emit(tbl) io.stdout:write(vim.fn.json_encode(tbl) .. '\n'); io.stdout:flush() end
local ok, err = pcall(function()
  local file = vim.fn.fnamemodify(assert(os.getenv('NM_FILE'), 'NM_FILE not set'), ':p')
  local server = assert(os.getenv('NM_SERVER'), 'NM_SERVER not set')
  local timeout = 10000
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'news'
  local uri = vim.uri_from_bufnr(bufnr)
  local published = 0
  local latest = {}
  local id = vim.lsp.start_client({
    name = 'newsmark',
    cmd = { 'node', server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, result)
        if result and result.uri == uri then
          published = published + 1
          latest = result.diagnostics
        end
      end,
    },
  })
  assert(id, 'vim.lsp.start_client failed')
  vim.lsp.buf_attach_client(bufnr, id)
  local client = vim.lsp.get_client_by_id(id)
  assert(vim.wait(timeout, function() return client.initialized == true end, 10), 'server did not initialize')
  assert(vim.wait(timeout, function() return published > 0 end, 10), 'no publishDiagnostics')

  local function statistics()
    local out = {}
    for _, d in ipairs(latest) do
      if d.code == 'unsourced-statistic' then out[#out + 1] = d end
    end
    return out
  end
  local function actions(d)
    local r = client.request_sync('textDocument/codeAction', {
      textDocument = { uri = uri },
      range = d.range,
      context = { diagnostics = { d } },
    }, timeout, bufnr)
    assert(r and r.result, 'no codeAction answer: ' .. vim.inspect(r))
    return r.result
  end
  local function apply(d, title)
    for _, a in ipairs(actions(d)) do
      if a.title == title then
        vim.lsp.util.apply_workspace_edit(a.edit, client.offset_encoding or 'utf-16')
        return
      end
    end
    error('no action ' .. title)
  end

  local before = statistics()
  assert(#before >= 2, 'want two unsourced statistics, got ' .. #before)
  local titles = {}
  for _, a in ipairs(actions(before[1])) do titles[#titles + 1] = a.title end
  local attributedLine = before[1].range['end'].line
  apply(before[1], 'Add attribution')
  local afterAttribution = vim.api.nvim_buf_get_lines(bufnr, attributedLine, attributedLine + 1, false)[1]

  -- Wait for the diagnostics of the edited buffer, then silence the other statistic.
  local seen = published
  assert(vim.wait(timeout, function() return published > seen end, 10), 'no diagnostics after the edit')
  local second = statistics()
  local target = second[#second]
  local targetLine = target.range.start.line
  seen = published
  apply(target, 'Disable unsourced-statistic for this line')
  local comment = vim.api.nvim_buf_get_lines(bufnr, targetLine, targetLine + 1, false)[1]
  assert(vim.wait(timeout, function() return published > seen end, 10), 'no diagnostics after the disable fix')
  local remaining = #statistics()

  client.stop()
  vim.wait(2000, function() return client.is_stopped() end, 10)
  emit({ titles = titles, attributed = afterAttribution, comment = comment, before = #second, remaining = remaining })
end)
if not ok then emit({ error = tostring(err) }); vim.cmd('cquit! 1') else vim.cmd('qall!') end
