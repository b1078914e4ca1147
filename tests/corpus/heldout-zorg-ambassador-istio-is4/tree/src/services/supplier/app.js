const express = require('express');
const app = express();

const suppliers = [
  { id: 1, companyName: 'Zorg Farms', contactName: 'Ada', contactTitle: 'Sales Manager' },
  { id: 2, companyName: 'Zorg Bakery', contactName: 'Linus', contactTitle: 'Owner' }
];

app.get('/', (req, res) => res.send(suppliers));

app.get('/health', (req, res) => res.send({ status: 'supplier service is healthy' }));

app.listen(3000, () => console.log('supplier listening on :3000'));

module.exports = app;
